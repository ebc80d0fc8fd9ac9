defmodule SupportBot.Agents.WriterAgentTest do
  use ExUnit.Case, async: true

  defmodule PlaceholderWriter do
    use Jido.AI.Agent,
      name: "placeholder_writer",
      model: "test:model"
  end

  defmodule AliasWriter do
    use Jido.AI.Agent,
      name: "alias_writer",
      model: :fast
  end

  test "placeholder agent keeps its model" do
    assert PlaceholderWriter.model() == "test:model"
  end

  test "alias agents resolve through config" do
    assert AliasWriter.model() == :fast
  end
end

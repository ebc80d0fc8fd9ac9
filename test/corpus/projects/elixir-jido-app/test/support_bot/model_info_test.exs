defmodule SupportBot.ModelInfoTest do
  use ExUnit.Case, async: true
  use Mimic

  import SupportBot.RegistryHelpers

  alias Jido.AI.Model.Registry
  alias SupportBot.ModelInfo

  setup :stub_model_registry

  test "current_models reads context windows from the (stubbed) registry" do
    assert [%{context: 8_192}, %{context: 8_192}] = ModelInfo.current_models()
  end

  test "openai_models lists models" do
    assert {:ok, [_ | _]} = Registry.list_models(:openai)
    assert {:ok, _} = ModelInfo.openai_models()
  end
end

defmodule Sample.AssistantTest do
  use ExUnit.Case, async: true

  # Each call builds the whole model catalog again: stub Jido.AI.Model.Registry in setup instead.
  test "every model the assistant uses is in the registry" do
    {:ok, models} = Jido.AI.Model.Registry.list_models()
    assert Enum.any?(models, &(&1.id == "claude-sonnet-4-5"))
  end
end

defmodule SupportBot.ModelInfo do
  @moduledoc "Shows model metadata on the admin page (runtime code may use the real registry)."

  alias Jido.AI.Model.Registry

  def current_models do
    for spec <- ["anthropic:claude-haiku-4-5", "openai:gpt-4o-mini"] do
      {:ok, model} = Registry.get_model(spec)
      %{id: spec, context: model.limit.context}
    end
  end

  def openai_models, do: Registry.list_models(:openai)
end

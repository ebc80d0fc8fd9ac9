defmodule Sample.Assistant do
  @moduledoc "Answers questions through ReqLLM; falls back to a cheaper model when the first one fails."

  @model "anthropic:claude-sonnet-4-5"
  @fallback_model "openai:gpt-4o-mini"

  def ask(prompt) do
    case ReqLLM.generate_text(@model, prompt) do
      {:ok, response} -> {:ok, response}
      {:error, _reason} -> ReqLLM.generate_text(@fallback_model, prompt)
    end
  end

  def stream(prompt), do: ReqLLM.stream_text("openai:gpt-4.1", prompt)
end

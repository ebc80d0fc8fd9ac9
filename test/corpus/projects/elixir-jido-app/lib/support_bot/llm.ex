defmodule SupportBot.LLM do
  @moduledoc """
  Thin wrapper over ReqLLM used by the support agents.

  Model specs are ReqLLM strings ("provider:model") or tuples ({:provider, "model"}).
  """

  require Logger

  @triage_default "anthropic:claude-3-5-haiku-latest"
  @summary_default {:openai, "gpt-4o-mini"}
  @embedding_model "openai:text-embedding-3-small"

  def triage(ticket_text) do
    model = Application.get_env(:support_bot, :triage_model, @triage_default)

    ReqLLM.generate_text(model, [
      ReqLLM.Context.system("Classify the ticket as billing, bug or question."),
      ReqLLM.Context.user(ticket_text)
    ], temperature: 0.0, max_tokens: 16)
  end

  def summarize(thread) do
    model = Application.get_env(:support_bot, :summary_model, @summary_default)
    ReqLLM.generate_text(model, "Summarize this support thread:\n" <> thread, max_tokens: 300)
  end

  def stream_answer(question) do
    ReqLLM.stream_text("anthropic:claude-sonnet-4-5", question, max_tokens: 1024)
  end

  def describe_screenshot(image_part) do
    ReqLLM.generate_text("google:gemini-2.5-flash", [ReqLLM.Context.user([image_part])])
  end

  def embed(texts) when is_list(texts) do
    ReqLLM.embed(@embedding_model, texts)
  end

  def extract_contact(text) do
    schema = [name: [type: :string, required: true], email: [type: :string]]
    ReqLLM.generate_object("openai:gpt-4.1-mini", "Extract the contact from: " <> text, schema)
  end

  def log_usage({:ok, response}) do
    Logger.info("llm:usage #{inspect(response.usage)}", topic: "support:llm")
    {:ok, response}
  end

  def log_usage(other), do: other
end

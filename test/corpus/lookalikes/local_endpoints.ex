# LangChain for Elixir pointed at OpenAI-compatible servers with `endpoint:`, as its docs and Livebook notebooks do:
# Groq's llama-3.3-70b-versatile, Ollama and LM Studio tags, a vLLM-served Hub model, an Azure deployment name and
# a name read from the environment. None is OpenAI's, and none is an unknown model.
defmodule MyApp.LLM do
  alias LangChain.ChatModels.ChatOpenAI

  def groq do
    ChatOpenAI.new!(%{
      model: "llama-3.3-70b-versatile",
      endpoint: "https://api.groq.com/openai/v1/chat/completions",
      api_key: System.fetch_env!("GROQ_API_KEY")
    })
  end

  def ollama, do: ChatOpenAI.new!(%{model: "llama3.2", endpoint: "http://localhost:11434/v1/chat/completions"})

  def lm_studio,
    do: ChatOpenAI.new!(%{model: "qwen2.5-7b-instruct", endpoint: "http://localhost:1234/v1/chat/completions"})

  def vllm,
    do: ChatOpenAI.new!(%{model: "meta-llama/Llama-3.1-8B-Instruct", endpoint: "http://localhost:8000/v1/chat/completions"})

  def azure do
    ChatOpenAI.new!(%{
      endpoint:
        "https://my-resource.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21",
      model: "gpt4o-prod"
    })
  end

  def from_env, do: ChatOpenAI.new!(%{model: "support-bot", endpoint: System.get_env("LLM_ENDPOINT")})

  def openai, do: ChatOpenAI.new!(%{model: "gpt-4o-mini", temperature: 0})
end

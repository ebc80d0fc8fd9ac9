# ReqLLM model specs as tuples, the form its docs give for options: an Azure deployment, and the OpenAI provider
# pointed at a local Ollama and at a company gateway with `base_url:`. The names are the deployment's and the
# servers' own, as in their string spellings below; none is an unknown model.
defmodule Newsroom.AI.Providers do
  @gateway "https://llm-gateway.acme.internal/v1"

  def azure(prompt) do
    ReqLLM.generate_text({:azure, "prod-gpt4o", deployment: "prod-gpt4o"}, prompt)
  end

  def local(prompt) do
    ReqLLM.generate_text({:openai, "llama3.1:8b", base_url: "http://localhost:11434/v1"}, prompt)
  end

  def gateway(prompt) do
    ReqLLM.generate_text({:openai, "company-llm-v2", base_url: @gateway}, prompt)
  end

  def gateway_string(prompt) do
    ReqLLM.generate_text("openai:company-llm-v2", prompt, base_url: @gateway)
  end

  def azure_string(prompt), do: ReqLLM.generate_text("azure:prod-gpt4o", prompt)
end

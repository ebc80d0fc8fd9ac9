defmodule SupportBot.RegistryHelpers do
  @moduledoc """
  Test helpers that keep tests away from the real model registry
  (the jido_ai "mock registry" pattern: a handful of fake models instead of thousands).
  """
  import Mimic

  @fake_models [
    %{id: "model", provider: :test, limit: %{context: 8_192, output: 1_024}},
    %{id: "other-model", provider: :custom, limit: %{context: 32_768, output: 4_096}}
  ]

  def stub_model_registry(_context \\ %{}) do
    stub(Jido.AI.Model.Registry, :list_models, fn _provider -> {:ok, @fake_models} end)
    stub(Jido.AI.Model.Registry, :get_model, fn _spec -> {:ok, hd(@fake_models)} end)
    :ok
  end

  def fake_response(text) do
    {:ok, %{text: text, usage: %{input_tokens: 1, output_tokens: 1}, model: "test:model"}}
  end
end

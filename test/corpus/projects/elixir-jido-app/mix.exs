# Corpus project: imitates the shape of an application built on agentjido/jido_ai + ReqLLM
# (mix.exs deps as in jido_ai's mix.exs: jido, jido_ai, req_llm, mimic for tests).
defmodule SupportBot.MixProject do
  use Mix.Project

  def project do
    [
      app: :support_bot,
      version: "0.3.0",
      elixir: "~> 1.17",
      elixirc_paths: elixirc_paths(Mix.env()),
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      aliases: aliases()
    ]
  end

  def application do
    [mod: {SupportBot.Application, []}, extra_applications: [:logger]]
  end

  defp elixirc_paths(:test), do: ["lib", "test/support"]
  defp elixirc_paths(_), do: ["lib"]

  defp deps do
    [
      {:jido, "~> 2.0"},
      {:jido_ai, "~> 2.0"},
      {:req_llm, "~> 1.0"},
      {:jason, "~> 1.4"},
      {:zoi, "~> 0.14"},
      {:mimic, "~> 2.0", only: :test},
      {:credo, "~> 1.7", only: [:dev, :test], runtime: false}
    ]
  end

  defp aliases do
    [
      setup: ["deps.get"],
      test: "test --exclude live",
      q: ["format --check-formatted", "compile --warnings-as-errors", "credo --min-priority higher"]
    ]
  end
end

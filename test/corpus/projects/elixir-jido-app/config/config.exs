# Corpus project: jido_ai-style application config with model aliases
# (notes/features/phase1-section1.1-config-module.md in agentjido/jido_ai).
import Config

config :jido_ai,
  model_aliases: %{
    fast: "anthropic:claude-haiku-4-5",
    capable: "anthropic:claude-sonnet-4-5",
    cheap: "openai:gpt-4o-mini",
    embeddings: "openai:text-embedding-3-small"
  },
  defaults: %{temperature: 0.2, max_tokens: 1024}

config :support_bot,
  triage_model: "anthropic:claude-3-5-haiku-latest",
  summary_model: {:openai, "gpt-4o-mini"},
  vision_model: "google:gemini-2.5-flash",
  pubsub_topic: "support:tickets"

config :logger, :console, metadata: [:request_id, :agent_id]

import_config "#{config_env()}.exs"

# Corpus project: test config overriding models with placeholders.
import Config

config :support_bot,
  triage_model: "test:model",
  summary_model: {:test, "model"},
  vision_model: "custom:model"

config :req_llm, :provider_overrides, test: [base_url: "http://localhost:4010"]

defmodule SupportBot.Agents.TriageAgent do
  @moduledoc "Routes incoming tickets. Uses the :fast alias from config :jido_ai, model_aliases."

  use Jido.AI.Agent,
    name: "triage_agent",
    description: "Classifies and routes support tickets",
    model: :fast,
    tools: [SupportBot.Actions.LookupCustomer],
    system_prompt: """
    You are a support triage agent. Look up the customer first, then classify the ticket.
    """
end

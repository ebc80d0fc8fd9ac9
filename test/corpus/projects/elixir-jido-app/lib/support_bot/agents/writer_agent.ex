defmodule SupportBot.Agents.WriterAgent do
  @moduledoc "Drafts replies with an explicit model spec."

  use Jido.AI.Agent,
    name: "writer_agent",
    description: "Drafts customer replies",
    model: "anthropic:claude-sonnet-4-5",
    tools: [SupportBot.Actions.LookupCustomer],
    system_prompt: "Write short, friendly replies. Never promise refunds."

  def draft(pid, ticket), do: ask(pid, "Draft a reply to: " <> ticket)
end

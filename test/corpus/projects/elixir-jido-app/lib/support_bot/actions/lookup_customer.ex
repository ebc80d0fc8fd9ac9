defmodule SupportBot.Actions.LookupCustomer do
  @moduledoc false
  use Jido.Action,
    name: "lookup_customer",
    description: "Looks up a customer by email",
    schema: [email: [type: :string, required: true]]

  @impl true
  def run(%{email: email}, _context) do
    {:ok, %{email: email, plan: "pro", region: "eu-west-1", cache_key: "customer:" <> email}}
  end
end

# Lookalike corpus: imitates a Phoenix application module that streams LLM replies over
# channels (Phoenix topics "room:lobby", PubSub topics "chat:#{id}", Registry keys,
# telemetry event names, Cachex keys "models:list", Oban queues, ETS names) and calls
# ReqLLM. Topic strings look like "provider:model" but are not model IDs.
# Real model IDs used: "anthropic:claude-haiku-4-5", {:openai, "gpt-4o-mini"}.
defmodule MyAppWeb.ChatChannel do
  use MyAppWeb, :channel

  require Logger

  alias MyApp.Chat
  alias Phoenix.PubSub

  @default_model "anthropic:claude-haiku-4-5"
  @fallback_model {:openai, "gpt-4o-mini"}
  @cache_key "models:list"
  @topic_prefix "chat:"

  @impl true
  def join("room:lobby", _payload, socket) do
    send(self(), :after_join)
    {:ok, assign(socket, :room, "lobby")}
  end

  def join("room:" <> room_id, %{"token" => token}, socket) do
    with {:ok, user_id} <- Phoenix.Token.verify(socket, "user socket", token, max_age: 86_400) do
      PubSub.subscribe(MyApp.PubSub, @topic_prefix <> room_id)
      {:ok, assign(socket, room: room_id, user_id: user_id)}
    else
      _ -> {:error, %{reason: "unauthorized"}}
    end
  end

  @impl true
  def handle_info(:after_join, socket) do
    push(socket, "presence_state", %{"online" => 1})
    {:noreply, socket}
  end

  @impl true
  def handle_in("message:new", %{"body" => body}, socket) do
    :telemetry.execute([:my_app, :chat, :message], %{count: 1}, %{room: socket.assigns.room})
    broadcast!(socket, "message:new", %{body: body, user_id: socket.assigns[:user_id]})

    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn ->
      reply(socket.assigns.room, body)
    end)

    {:reply, :ok, socket}
  end

  def handle_in("typing:start", _payload, socket) do
    broadcast_from!(socket, "typing:start", %{user_id: socket.assigns[:user_id]})
    {:noreply, socket}
  end

  defp reply(room, body) do
    model = Application.get_env(:my_app, :chat_model, @default_model)

    case ReqLLM.generate_text(model, body, max_tokens: 512) do
      {:ok, response} ->
        PubSub.broadcast(MyApp.PubSub, @topic_prefix <> room, {:assistant, ReqLLM.Response.text(response)})

      {:error, error} ->
        Logger.warning("chat:reply failed, retrying with fallback", error: inspect(error))
        {:ok, response} = ReqLLM.generate_text(@fallback_model, body)
        PubSub.broadcast(MyApp.PubSub, @topic_prefix <> room, {:assistant, ReqLLM.Response.text(response)})
    end
  end

  def cached_models do
    Cachex.fetch(:my_app_cache, @cache_key, fn _ -> {:commit, Chat.list_models()} end)
  end

  def enqueue_summary(room) do
    %{"room" => room, "kind" => "summary:daily"}
    |> MyApp.Workers.Summarize.new(queue: :llm, tags: ["summary", "room:" <> room])
    |> Oban.insert()
  end

  def registry_name(room), do: {:via, Registry, {MyApp.Registry, "room:" <> room}}

  def attach_telemetry do
    :telemetry.attach_many(
      "my-app-req-llm",
      [[:req_llm, :request, :start], [:req_llm, :request, :stop]],
      &__MODULE__.handle_event/4,
      %{log_level: :debug}
    )
  end

  def handle_event(event, measurements, _metadata, _config) do
    Logger.debug("telemetry #{Enum.join(event, ":")} #{inspect(measurements)}")
  end
end

# Lookalike corpus: imitates a Phoenix config/runtime.exs with Jido AI / ReqLLM settings.
# Keys like :openai_api_key, endpoint URLs, PubSub names, Oban queues, "ecto://" URLs and the
# Jido model alias atoms (:fast, :capable) are config, not model IDs. Real model IDs used:
# "anthropic:claude-haiku-4-5", "anthropic:claude-sonnet-4-5", "openai:text-embedding-3-small".
import Config

if System.get_env("PHX_SERVER") do
  config :my_app, MyAppWeb.Endpoint, server: true
end

config :req_llm,
  openai_api_key: System.get_env("OPENAI_API_KEY"),
  anthropic_api_key: System.get_env("ANTHROPIC_API_KEY"),
  receive_timeout: 120_000

config :jido_ai,
  model_aliases: %{
    fast: "anthropic:claude-haiku-4-5",
    capable: "anthropic:claude-sonnet-4-5",
    embed: "openai:text-embedding-3-small"
  }

config :my_app,
  chat_model: "anthropic:claude-haiku-4-5",
  pubsub_topic: "chat:events",
  cache_namespace: "my_app:cache",
  locale_keys: ["auth:signin", "google:signin", "openai:disclaimer"]

config :my_app, Oban,
  repo: MyApp.Repo,
  queues: [default: 10, llm: 2, "mailers:low": 1],
  plugins: [{Oban.Plugins.Cron, crontab: [{"0 3 * * *", MyApp.Workers.Summarize}]}]

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :my_app, MyApp.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    socket_options: if(System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: [])

  host = System.get_env("PHX_HOST") || "example.com"

  config :my_app, MyAppWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: String.to_integer(System.get_env("PORT") || "4000")],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")

  config :logger, :console, format: "$time $metadata[$level] $message\n", metadata: [:request_id, :room]
end

import Config

config :support_bot, log_prompts: false

# Model Registry: a sample to try it on. Nothing here runs; it only shows how model IDs read in code.
from litellm import completion
from openai import OpenAI

client = OpenAI()
messages = [{"role": "user", "content": "Summarize this page."}]

# Hover over a model ID: context window, prices per 1M tokens, release date, status, sources.
reply = client.chat.completions.create(model="gpt-4.1-mini", messages=messages)

# Put the cursor between the quotes and press Ctrl+Space: OpenAI's current models, newest first.
draft = client.chat.completions.create(model="", messages=messages)

# LiteLLM spells provider/model; after "anthropic/" only Anthropic's models are offered.
summary = completion(model="anthropic/claude-sonnet-4-5", messages=messages)

# A typo is flagged once you stop typing, with the model you meant as a quick fix.
checked = client.chat.completions.create(model="gpt-4.1-mnii", messages=messages)

# A deprecated model is marked, with what the catalogs say about it.
legacy = client.chat.completions.create(model="gpt-3.5-turbo", messages=messages)

# Strings that only look like model IDs are left alone.
ROUTES = {"users": "v0/users", "event": "modal:open", "image": "python:3.12-slim"}

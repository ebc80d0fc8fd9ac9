# Clients built in the call itself, as one-off scripts and notebooks write them: the call's provider is the client's
# (Groq, Together, a local or company server, OpenRouter through the OpenAI SDK), not OpenAI's. None is an unknown model.
import os

from groq import Groq
from openai import OpenAI
from together import Together

MESSAGES = [{"role": "user", "content": "Summarise this ticket in one line."}]


def ask_groq() -> str:
    reply = Groq().chat.completions.create(model="llama-3.3-70b-versatile", messages=MESSAGES)
    return reply.choices[0].message.content


def ask_together() -> str:
    reply = Together().chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=MESSAGES)
    return reply.choices[0].message.content


def ask_ollama() -> str:
    reply = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama").chat.completions.create(
        model="qwen2.5-coder:7b", messages=MESSAGES
    )
    return reply.choices[0].message.content


def ask_gateway() -> str:
    reply = OpenAI(base_url=os.environ["LLM_GATEWAY_URL"]).chat.completions.create(
        model="support-summariser-v3", messages=MESSAGES
    )
    return reply.choices[0].message.content


def ask_openrouter() -> str:
    reply = OpenAI(
        base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"]
    ).chat.completions.create(model="anthropic/claude-sonnet-4.5", messages=MESSAGES)
    return reply.choices[0].message.content

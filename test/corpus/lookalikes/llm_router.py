# Lookalike corpus: imitates a LiteLLM-based routing module in a Python service
# (logger names "litellm", "openai._base_client", "LiteLLM Router"; Azure deployment names
# "azure/my-gpt4o-deployment"; local Ollama models "ollama/llama3.1", ChatOllama(model=
# "llama3.1:8b"); an OpenAI fine-tune "ft:gpt-4o-mini-2024-07-18:acme::abc123"; OpenRouter's
# "~anthropic/claude-sonnet-latest" alias; LiteLLM Router model_name aliases). None of these
# may get `unknown-model`. Real IDs: "anthropic/claude-sonnet-4-5", "gpt-4o-mini",
# "openrouter/deepseek/deepseek-r1", "gemini/gemini-2.5-flash".
from __future__ import annotations

import logging
import os

import litellm
from langchain_ollama import ChatOllama
from litellm import Router, acompletion, completion
from openai import OpenAI

logging.getLogger("litellm").setLevel(logging.WARNING)
logging.getLogger("LiteLLM Router").setLevel(logging.WARNING)
logging.getLogger("openai._base_client").setLevel(logging.INFO)
logging.getLogger("httpx").setLevel(logging.WARNING)
log = logging.getLogger("myapp.llm.router")

litellm.drop_params = True
litellm.success_callback = ["langfuse"]

PRIMARY_MODEL = "anthropic/claude-sonnet-4-5"
CHEAP_MODEL = "gpt-4o-mini"
REASONING_MODEL = "openrouter/deepseek/deepseek-r1"
SUPPORT_FINETUNE_MODEL = "ft:gpt-4o-mini-2024-07-18:acme::abc123"
LOCAL_MODEL = "ollama/llama3.1"

router = Router(
    model_list=[
        {
            "model_name": "my-fast-model",
            "litellm_params": {
                "model": "azure/my-gpt4o-deployment",
                "api_base": os.environ.get("AZURE_API_BASE"),
                "api_key": os.environ.get("AZURE_API_KEY"),
                "api_version": "2024-10-21",
            },
        },
        {
            "model_name": "my-fast-model",
            "litellm_params": {"model": "gemini/gemini-2.5-flash", "rpm": 600},
        },
        {
            "model_name": "local-llama",
            "litellm_params": {"model": "ollama/llama3.1", "api_base": "http://localhost:11434"},
        },
    ],
    fallbacks=[{"my-fast-model": ["local-llama"]}],
    routing_strategy="simple-shuffle",
    num_retries=2,
)


def ask_router(prompt: str) -> str:
    resp = router.completion(model="my-fast-model", messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


def ask_azure(prompt: str) -> str:
    resp = completion(
        model="azure/my-gpt4o-deployment",
        messages=[{"role": "user", "content": prompt}],
        api_version="2024-10-21",
    )
    return resp.choices[0].message.content


def ask_local(prompt: str) -> str:
    resp = completion(model=LOCAL_MODEL, messages=[{"role": "user", "content": prompt}], api_base="http://localhost:11434")
    return resp.choices[0].message.content


async def ask_primary(prompt: str) -> str:
    resp = await acompletion(model=PRIMARY_MODEL, messages=[{"role": "user", "content": prompt}], max_tokens=1024)
    return resp.choices[0].message.content


def ask_finetune(ticket: str) -> str:
    client = OpenAI()
    resp = client.chat.completions.create(
        model="ft:gpt-4o-mini-2024-07-18:acme::abc123",
        messages=[{"role": "user", "content": ticket}],
    )
    return resp.choices[0].message.content


def ask_openrouter_latest(prompt: str) -> str:
    client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])
    resp = client.chat.completions.create(
        model="~anthropic/claude-sonnet-latest",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content


local_chat = ChatOllama(model="llama3.1:8b", temperature=0, base_url="http://localhost:11434")
coder_chat = ChatOllama(model="qwen2.5-coder:7b-instruct-q4_K_M")


def usage_report(rows: list[dict]) -> str:
    header = "%-40s %10s %10s" % ("model", "requests", "cost_usd")
    lines = [header] + ["%-40s %10d %10.4f" % (r["model"], r["n"], r["cost"]) for r in rows]
    log.info("usage:report generated rows=%d", len(rows))
    return "\n".join(lines)

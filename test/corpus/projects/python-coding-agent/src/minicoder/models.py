"""Model aliases and LiteLLM wrappers (Aider aider/models.py style)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import litellm

logger = logging.getLogger("minicoder.models")
logging.getLogger("LiteLLM").setLevel(logging.WARNING)

DEFAULT_MODEL_NAME = "anthropic/claude-sonnet-4-5-20250929"
DEFAULT_WEAK_MODEL_NAME = "gpt-4o-mini"

# Short names a user can pass on the command line: --model sonnet
MODEL_ALIASES = {
    "sonnet": "anthropic/claude-sonnet-4-5-20250929",
    "sonnet-3.7": "anthropic/claude-3-7-sonnet-20250219",
    "haiku": "claude-haiku-4-5",
    "4o": "gpt-4o",
    "4.1": "gpt-4.1",
    "o3-mini": "o3-mini",
    "r1": "deepseek/deepseek-reasoner",
    "deepseek": "deepseek/deepseek-chat",
    "flash": "gemini/gemini-2.5-flash",
    "gemini": "gemini/gemini-2.5-pro",
    "or-r1": "openrouter/deepseek/deepseek-r1",
    "local": "ollama/llama3",
}


@dataclass
class ModelSettings:
    name: str
    edit_format: str = "whole"
    weak_model_name: str | None = None
    editor_model_name: str | None = None
    use_temperature: bool = True
    extra_params: dict = field(default_factory=dict)


class Model:
    def __init__(self, model: str, weak_model: str | None = None):
        self.name = MODEL_ALIASES.get(model, model)
        self.weak_model_name = weak_model or DEFAULT_WEAK_MODEL_NAME
        self.info = self.get_model_info(self.name)

    def get_model_info(self, name: str) -> dict:
        try:
            return litellm.get_model_info(name)
        except Exception as err:  # unknown / local models
            logger.debug("no model info for %s: %s", name, err)
            return {}

    def send(self, messages: list[dict], stream: bool = False, **kwargs):
        return litellm.completion(model=self.name, messages=messages, stream=stream, **kwargs)

    def simple_send(self, messages: list[dict]) -> str:
        resp = litellm.completion(model=self.weak_model_name, messages=messages, temperature=0)
        return resp.choices[0].message.content


def commit_message(diff: str) -> str:
    resp = litellm.completion(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Write a one-line conventional commit message."},
            {"role": "user", "content": diff[:20000]},
        ],
    )
    return resp.choices[0].message.content.strip()


def reasoning_plan(task: str) -> str:
    resp = litellm.completion(
        model="openrouter/deepseek/deepseek-r1",
        messages=[{"role": "user", "content": task}],
        max_tokens=8192,
    )
    return resp.choices[0].message.content


def local_fallback(messages: list[dict]) -> str:
    resp = litellm.completion(
        model="ollama/llama3",
        messages=messages,
        api_base=os.environ.get("OLLAMA_API_BASE", "http://127.0.0.1:11434"),
    )
    return resp.choices[0].message.content


def embed(texts: list[str]) -> list[list[float]]:
    resp = litellm.embedding(model="text-embedding-3-small", input=texts)
    return [d["embedding"] for d in resp.data]

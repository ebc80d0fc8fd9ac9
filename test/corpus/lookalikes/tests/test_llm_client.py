# Lookalike corpus: imitates a pytest module for a LiteLLM-based client
# (tests/test_llm_client.py). Placeholders such as "fake-model", "test-model",
# "openai/fake", "mock-gpt" and LiteLLM's mock_response= feature are normal in tests;
# unknown-model is off in test files by default. Real IDs also appear: "gpt-4o-mini",
# "anthropic/claude-haiku-4-5".
import pytest
import litellm
from unittest.mock import patch

from myagent.llm import LLMClient, ModelConfig


@pytest.fixture
def client():
    return LLMClient(ModelConfig(model="fake-model", weak_model="test-model", max_tokens=64))


def test_mock_response_roundtrip():
    resp = litellm.completion(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Hey"}],
        mock_response="It's simple to use and easy to get started",
    )
    assert resp.choices[0].message.content.startswith("It's simple")


def test_client_uses_configured_model(client):
    with patch("myagent.llm.litellm.completion") as completion:
        completion.return_value.choices = [type("C", (), {"message": type("M", (), {"content": "ok"})()})()]
        assert client.ask("hi") == "ok"
        assert completion.call_args.kwargs["model"] == "fake-model"


@pytest.mark.parametrize(
    "model",
    ["openai/fake", "mock-gpt", "test-model", "custom/model", "anthropic/claude-haiku-4-5"],
)
def test_model_is_passed_through(client, model):
    with patch("myagent.llm.litellm.completion") as completion:
        client.ask("hi", model=model)
        assert completion.call_args.kwargs["model"] == model


def test_cost_lookup_is_stubbed(monkeypatch):
    monkeypatch.setattr(litellm, "model_cost", {"fake-model": {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0}})
    assert LLMClient(ModelConfig(model="fake-model")).price_per_mtok() == (0.0, 0.0)


def test_weak_model_defaults(client):
    assert client.config.weak_model == "test-model"
    assert ModelConfig().model == "gpt-4o-mini"

"""Smoke tests against a running proxy (pytest -m live). Clients use the public aliases."""
import os

import openai
import pytest

PROXY = os.environ.get("LITELLM_PROXY_URL", "http://0.0.0.0:4000")


@pytest.fixture
def client():
    return openai.OpenAI(api_key=os.environ.get("LITELLM_MASTER_KEY", "sk-1234"), base_url=PROXY)


@pytest.mark.live
@pytest.mark.parametrize("alias", ["gpt-4o", "claude-sonnet", "my-fast-model", "local-llama"])
def test_alias_answers(client, alias):
    resp = client.chat.completions.create(model=alias, messages=[{"role": "user", "content": "say ok"}])
    assert resp.choices[0].message.content


@pytest.mark.live
def test_embedding_alias(client):
    resp = client.embeddings.create(model="text-embedding", input=["hello"])
    assert len(resp.data[0].embedding) > 100


@pytest.mark.live
def test_fallback_alias(client):
    resp = client.chat.completions.create(model="claude", messages=[{"role": "user", "content": "hi"}])
    assert resp.model

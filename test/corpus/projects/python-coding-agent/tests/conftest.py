import pytest


@pytest.fixture
def no_model_info(monkeypatch):
    """Keep tests off LiteLLM's real model-cost map."""
    monkeypatch.setattr("litellm.get_model_info", lambda name: {"max_input_tokens": 8192, "mode": "chat"})
    monkeypatch.setattr("litellm.model_cost", {})


@pytest.fixture
def fake_completion(mocker):
    resp = mocker.MagicMock()
    resp.choices = [mocker.MagicMock()]
    resp.choices[0].message.content = "```bash\necho ok\n```"
    return mocker.patch("litellm.completion", return_value=resp)

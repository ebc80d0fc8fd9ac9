import litellm
import pytest

from minicoder.models import MODEL_ALIASES, Model, commit_message


def test_aliases_resolve(no_model_info):
    model = Model("sonnet")
    assert model.name == MODEL_ALIASES["sonnet"]


@pytest.mark.parametrize("name", ["fake-model", "test-model", "openai/fake-model", "custom/model"])
def test_unknown_models_have_empty_info(no_model_info, name):
    assert Model(name).name == name


def test_model_info_is_stubbed(no_model_info):
    info = litellm.get_model_info("gpt-4o-mini")
    assert info["max_input_tokens"] == 8192


def test_send_uses_model_name(no_model_info, fake_completion):
    Model("fake-model", weak_model="fake-weak-model").send([{"role": "user", "content": "hi"}])
    assert fake_completion.call_args.kwargs["model"] == "fake-model"


def test_commit_message(fake_completion):
    fake_completion.return_value.choices[0].message.content = "fix: typo"
    assert commit_message("diff --git a/x b/x") == "fix: typo"
    assert fake_completion.call_args.kwargs["model"] == "gpt-4o-mini"


def test_mock_response_feature():
    resp = litellm.completion(model="test-model", messages=[{"role": "user", "content": "hi"}], mock_response="pong")
    assert resp.choices[0].message.content == "pong"

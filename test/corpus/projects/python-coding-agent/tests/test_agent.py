from minicoder.agent import Agent


def test_agent_step_runs_one_action(no_model_info, fake_completion, tmp_path, monkeypatch):
    agent = Agent("default.yaml")
    agent.model.name = "fake-model"
    out = agent.step()
    assert "ok" in out
    assert fake_completion.call_args.kwargs["model"] == "fake-model"


def test_local_profile_loads(no_model_info):
    agent = Agent("local.yaml")
    assert agent.model.name == "ollama/llama3"

"""Reads LiteLLM's cost map directly: the real registry, loaded on import. Patch it with mocker.patch.dict instead."""
import litellm


def test_gpt_4o_costs_less_than_a_cent_per_thousand_tokens():
    cost = litellm.model_cost["gpt-4o"]["input_cost_per_token"]
    assert cost * 1000 < 0.01

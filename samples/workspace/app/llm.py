"""Calls models through LiteLLM. gpt-3.5-turbo below is marked deprecated in the catalog: see the squiggle."""
from litellm import completion


def classify(ticket: str) -> str:
    response = completion(
        model="anthropic/claude-haiku-4-5",
        messages=[{"role": "user", "content": f"Classify this support ticket: {ticket}"}],
    )
    return response.choices[0].message.content


def legacy_summary(text: str) -> str:
    response = completion(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
    )
    return response.choices[0].message.content

"""Speech, transcription, images, moderation and fine-tuning with the OpenAI SDK, and chat pinned to dated snapshots.

Most of these model IDs (whisper-1, tts-1-hd, dall-e-3, omni-moderation-latest) are in no models.dev snapshot, and
the dated chat snapshots are not all listed either: none of them is a mistake.
"""
from pathlib import Path

from openai import OpenAI

client = OpenAI()
CHAT_MODEL = "gpt-4.1-2025-04-14"
SUMMARY_MODEL = "gpt-4o-mini-2024-07-18"


def narrate(text: str, out: Path) -> None:
    with client.audio.speech.with_streaming_response.create(model="tts-1-hd", voice="alloy", input=text) as response:
        response.stream_to_file(out)
    client.audio.speech.create(model="tts-1", voice="nova", input=text)


def transcribe(path: Path) -> str:
    with path.open("rb") as audio:
        result = client.audio.transcriptions.create(model="whisper-1", file=audio, response_format="text")
    with path.open("rb") as audio:
        client.audio.translations.create(model="whisper-1", file=audio)
    return result


def illustrate(prompt: str) -> str:
    image = client.images.generate(model="dall-e-3", prompt=prompt, size="1024x1024", quality="hd", n=1)
    client.images.generate(model="dall-e-2", prompt=prompt, size="512x512")
    return image.data[0].url


def is_flagged(text: str) -> bool:
    return client.moderations.create(model="omni-moderation-latest", input=text).results[0].flagged


def summarize(text: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini-2024-07-18",
        messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
    )
    client.chat.completions.create(model="o3-2025-04-16", messages=[{"role": "user", "content": text}])
    client.completions.create(model="davinci-002", prompt=text, max_tokens=64)
    return reply.choices[0].message.content or ""


def tune(training_file_id: str) -> str:
    job = client.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file=training_file_id)
    return job.id

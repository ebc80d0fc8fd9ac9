# Lookalike corpus: imitates a Hugging Face transformers / sentence-transformers script
# (from_pretrained("google/gemma-2-9b-it"), pipeline(model="distilbert-base-uncased-…"),
# AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B")) plus a local Ollama fallback.
# Hugging Face repo IDs ("org/name") and Ollama tags ("llama3.1:8b") are not catalog model IDs
# and must never get `unknown-model`. model_id = "meta-llama/Llama-3.1-8B-Instruct" equals
# OpenRouter's meta-llama/llama-3.1-8b-instruct up to letter case, so it is "known" either way.
# Real hosted model used for comparison: "gpt-4o-mini".
import logging
import os

import ollama
import torch
from datasets import load_dataset
from openai import OpenAI
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

logger = logging.getLogger("transformers.generation")
logging.getLogger("huggingface_hub.file_download").setLevel(logging.WARNING)

BASE_CHECKPOINT = "google/gemma-2-9b-it"
checkpoint = "mistralai/Mistral-7B-Instruct-v0.3"
model_id = "meta-llama/Llama-3.1-8B-Instruct"
EMBEDDING_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
JUDGE_MODEL = "gpt-4o-mini"
OLLAMA_MODEL = os.environ.get("OLLAMA_MODEL", "llama3.1:8b")

device = "cuda" if torch.cuda.is_available() else "cpu"

tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B")
gemma = AutoModelForCausalLM.from_pretrained(
    BASE_CHECKPOINT,
    torch_dtype=torch.bfloat16,
    device_map="auto",
    revision="main",
)
mistral_tok = AutoTokenizer.from_pretrained(checkpoint, padding_side="left")
llama_instruct = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype=torch.bfloat16)

sentiment = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")
ner = pipeline(task="ner", model="dslim/bert-base-NER", aggregation_strategy="simple")
summarizer = pipeline("summarization", model="facebook/bart-large-cnn", device=0 if device == "cuda" else -1)
zero_shot = pipeline(model="facebook/bart-large-mnli")
embedder = SentenceTransformer(EMBEDDING_MODEL_NAME)

ds = load_dataset("imdb", split="test[:1%]")
squad = load_dataset("rajpurkar/squad_v2", split="validation")


def generate_local(prompt: str, max_new_tokens: int = 256) -> str:
    messages = [{"role": "user", "content": prompt}]
    inputs = tokenizer.apply_chat_template(messages, return_tensors="pt", add_generation_prompt=True).to(device)
    out = gemma.generate(inputs, max_new_tokens=max_new_tokens, do_sample=False)
    return tokenizer.decode(out[0][inputs.shape[-1]:], skip_special_tokens=True)


def generate_ollama(prompt: str) -> str:
    resp = ollama.chat(model="llama3.1:8b", messages=[{"role": "user", "content": prompt}])
    return resp["message"]["content"]


def generate_ollama_configured(prompt: str) -> str:
    resp = ollama.generate(model=OLLAMA_MODEL, prompt=prompt, options={"num_ctx": 8192})
    return resp["response"]


def judge(a: str, b: str) -> str:
    client = OpenAI()
    resp = client.chat.completions.create(
        model=JUDGE_MODEL,
        messages=[{"role": "user", "content": f"Which answer is better?\nA: {a}\nB: {b}"}],
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    sample = ds[0]["text"][:512]
    logger.info("sentiment=%s", sentiment(sample))
    logger.info("embedding dims=%d", len(embedder.encode(sample)))
    logger.info("local=%s ollama=%s", generate_local("Hi"), generate_ollama("Hi"))
    logger.info("judge=%s", judge(generate_local(sample), generate_ollama_configured(sample)))

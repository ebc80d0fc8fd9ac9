# Hugging Face Hub models as RAG and fine-tuning scripts name them (sentence-transformers, BGE, Qwen2-VL, Phi-3, Gemma 2
# under vLLM): other sizes and versions of models some host lists, and repositories a host stopped serving. None is an
# unknown or deprecated model: the weights are the Hub's, whoever serves them.
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer
from vllm import LLM, SamplingParams

EMBEDDING_MODEL = "all-MiniLM-L12-v2"
EMBED_MODEL_ID = "BAAI/bge-large-en-v1.5"
VISION_MODEL_ID = "Qwen/Qwen2-VL-7B-Instruct"
MODEL_ID = "microsoft/Phi-3-mini-4k-instruct"
base_model = "google/gemma-2-2b-it"

encoder = SentenceTransformer(EMBEDDING_MODEL)
tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
model = AutoModelForCausalLM.from_pretrained(MODEL_ID, torch_dtype="auto")

llm = LLM(model="google/gemma-2-2b-it")
params = SamplingParams(temperature=0.2, max_tokens=256)


def generate(prompt: str) -> str:
    return llm.generate([prompt], params)[0].outputs[0].text

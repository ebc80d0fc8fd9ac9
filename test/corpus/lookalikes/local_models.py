# Local and Hub models in the forms their own docs show (ollama-python's README, LangChain RAG boilerplate):
# names the catalogs list only in part, or under a reseller's spelling. None is an unknown model.
import asyncio

from langchain_huggingface import HuggingFaceEmbeddings
from ollama import AsyncClient, ChatResponse, Client, chat

OLLAMA_MODEL = "gemma3"
LLM_MODEL = "llama3.2"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"

response: ChatResponse = chat(model="gemma3", messages=[{"role": "user", "content": "Why is the sky blue?"}])
print(response.message.content)

client = Client(host="http://localhost:11434")
reply = client.chat(model="llama3.2", messages=[{"role": "user", "content": "Hello"}])


async def main() -> None:
    message = {"role": "user", "content": "Why is the sky blue?"}
    response = await AsyncClient().chat(model="gemma3", messages=[message])
    print(response.message.content)


embeddings = HuggingFaceEmbeddings(model_name="all-MiniLM-L6-v2")
asyncio.run(main())

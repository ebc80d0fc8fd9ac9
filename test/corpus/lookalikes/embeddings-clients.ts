// Embedding calls of SDKs other than the AI SDK (Voyage's, ollama-js): their `embed` is a method of their own client.
import { Ollama } from "ollama";
import { VoyageAIClient } from "voyageai";

const voyage = new VoyageAIClient({ apiKey: process.env.VOYAGE_API_KEY });
const ollama = new Ollama({ host: "http://127.0.0.1:11434" });

export async function vectors(texts: string[]) {
  const hosted = await voyage.embed({ input: texts, model: "voyage-3.5" });
  const large = await voyage.embed({ input: texts, model: "voyage-3-large" });
  const local = await ollama.embed({ model: "mxbai-embed-large", input: texts });
  const chat = await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: "hi" }] });
  return { hosted, large, local, chat };
}

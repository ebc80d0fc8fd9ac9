import { openai } from "@ai-sdk/openai";
import { embed, embedMany } from "ai";

const embeddingModel = openai.textEmbeddingModel("text-embedding-3-small");

export async function embedQuery(value: string): Promise<number[]> {
  const { embedding } = await embed({ model: embeddingModel, value });
  return embedding;
}

export async function embedChunks(values: string[]): Promise<number[][]> {
  const { embeddings } = await embedMany({ model: "openai/text-embedding-3-small", values });
  return embeddings;
}

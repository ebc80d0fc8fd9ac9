// The AI SDK's OpenAI-compatible provider, as its docs show it for Together, Groq, LM Studio and a company gateway:
// each instance's models are its endpoint's (Together's Llama 3.3 Turbo, Groq's llama-3.3-70b-versatile), or any
// name for a local or unknown server. None is an unknown model.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { embed, generateText } from 'ai';

const together = createOpenAICompatible({
  name: 'together',
  baseURL: 'https://api.together.xyz/v1',
  apiKey: process.env.TOGETHER_API_KEY,
});
const groq = createOpenAICompatible({ name: 'groq', baseURL: 'https://api.groq.com/openai/v1' });
const lmstudio = createOpenAICompatible({ name: 'lmstudio', baseURL: 'http://localhost:1234/v1' });
const gateway = createOpenAICompatible({ name: 'corp', baseURL: process.env.LLM_GATEWAY_URL ?? '' });

export async function answer(prompt: string): Promise<string> {
  const { text } = await generateText({ model: together('meta-llama/Llama-3.3-70B-Instruct-Turbo'), prompt });
  return text;
}

export async function fast(prompt: string): Promise<string> {
  const { text } = await generateText({ model: groq.chatModel('llama-3.3-70b-versatile'), prompt });
  return text;
}

export async function offline(prompt: string): Promise<string> {
  const { text } = await generateText({ model: lmstudio('qwen2.5-7b-instruct'), prompt });
  return text;
}

export async function vector(value: string): Promise<number[]> {
  const { embedding } = await embed({ model: gateway.textEmbeddingModel('corp-embed-v2'), value });
  return embedding;
}

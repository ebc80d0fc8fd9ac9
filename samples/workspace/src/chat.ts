// A chat route with the Vercel AI SDK. Hover "gpt-4o" for its context window and prices,
// see the typo in summarize(), and press Ctrl+Space inside openai('') in draft().
import { anthropic } from '@ai-sdk/anthropic';
import { openai } from '@ai-sdk/openai';
import { generateText } from 'ai';

export async function answer(question: string): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4o'), prompt: question });
  return text;
}

export async function summarize(document: string): Promise<string> {
  const { text } = await generateText({
    model: openai('gpt-4o-mnii'),
    system: 'Summarize the document in three sentences.',
    prompt: document,
  });
  return text;
}

export async function review(diff: string): Promise<string> {
  const { text } = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: `Review:\n${diff}` });
  return text;
}

export async function draft(topic: string): Promise<string> {
  const { text } = await generateText({ model: openai(''), prompt: topic });
  return text;
}

// Stand-ins for the types of the AI SDK packages chat.ts imports, so that the sample type-checks without an
// `npm install` (a real project gets them from node_modules).
declare module 'ai' {
  export function generateText(options: { model: unknown; prompt: string; system?: string }): Promise<{ text: string }>;
}

declare module '@ai-sdk/openai' {
  export function openai(modelId: string): unknown;
}

declare module '@ai-sdk/anthropic' {
  export function anthropic(modelId: string): unknown;
}

// Chat models offered in the model selector. IDs are Vercel AI Gateway IDs ("creator/model").
export const DEFAULT_CHAT_MODEL: string = "anthropic/claude-sonnet-4.5";

export type ChatModel = {
  id: string;
  name: string;
  provider: string;
  description: string;
  reasoning?: boolean;
};

export const chatModels: ChatModel[] = [
  {
    id: "anthropic/claude-sonnet-4.5",
    name: "Claude Sonnet 4.5",
    provider: "anthropic",
    description: "Balanced quality, speed, and cost",
  },
  {
    id: "anthropic/claude-haiku-4.5",
    name: "Claude Haiku 4.5",
    provider: "anthropic",
    description: "Fast and lightweight",
  },
  {
    id: "openai/gpt-5.4-mini",
    name: "GPT-5.4 mini",
    provider: "openai",
    description: "Strong all-rounder with a 400k context window",
  },
  {
    id: "google/gemini-2.5-flash",
    name: "Gemini 2.5 Flash",
    provider: "google",
    description: "Best price/performance for simple tasks",
  },
  {
    id: "xai/grok-4.3",
    name: "Grok 4.3",
    provider: "xai",
    description: "Excels at reasoning and coding",
    reasoning: true,
  },
];

export const modelsByProvider = chatModels.reduce(
  (acc, model) => {
    (acc[model.provider] ??= []).push(model);
    return acc;
  },
  {} as Record<string, ChatModel[]>,
);

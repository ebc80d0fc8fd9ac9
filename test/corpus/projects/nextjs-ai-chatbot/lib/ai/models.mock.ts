import type { LanguageModel } from "ai";
import { MockLanguageModelV2 } from "ai/test";

const mock = (modelId: string): LanguageModel =>
  new MockLanguageModelV2({
    provider: "mock-provider",
    modelId,
    doGenerate: async () => ({
      finishReason: "stop",
      usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30 },
      content: [{ type: "text", text: "Hello, world!" }],
      warnings: [],
    }),
  });

export const chatModel = mock("mock-chat-model");
export const reasoningModel = mock("mock-reasoning-model");
export const titleModel = mock("mock-title-model");
export const artifactModel = mock("mock-artifact-model");

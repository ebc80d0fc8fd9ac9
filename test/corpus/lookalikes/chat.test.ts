// Lookalike corpus: imitates a Vitest unit test of AI SDK code using the SDK's test helpers
// (MockLanguageModelV2 from "ai/test", modelId "mock-model-id", provider "mock-provider",
// simulateReadableStream). Placeholders in test files never get unknown-model by default.
// Real IDs also appear: openai("gpt-4o-mini").
import { describe, expect, it, vi } from "vitest";
import { generateText, simulateReadableStream, streamText } from "ai";
import { MockLanguageModelV2 } from "ai/test";
import { openai } from "@ai-sdk/openai";
import { summarize } from "../lib/summarize";

vi.mock("@ai-sdk/openai", () => ({ openai: vi.fn(() => "mocked-model") }));

const model = new MockLanguageModelV2({
  provider: "mock-provider",
  modelId: "mock-model-id",
  doGenerate: async () => ({
    finishReason: "stop",
    usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30 },
    content: [{ type: "text", text: "Hello, world!" }],
    warnings: [],
  }),
});

describe("summarize", () => {
  it("returns the model text", async () => {
    const result = await generateText({ model, prompt: "Hello, test!" });
    expect(result.text).toBe("Hello, world!");
  });

  it("streams chunks", async () => {
    const streaming = new MockLanguageModelV2({
      modelId: "test-stream-model",
      doStream: async () => ({
        stream: simulateReadableStream({
          chunks: [
            { type: "text-start", id: "t1" },
            { type: "text-delta", id: "t1", delta: "Hi" },
            { type: "text-end", id: "t1" },
            { type: "finish", finishReason: "stop", usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 } },
          ],
        }),
      }),
    });
    const { text } = streamText({ model: streaming, prompt: "x" });
    expect(await text).toBe("Hi");
  });

  it("asks the real provider for gpt-4o-mini", async () => {
    await summarize("long text", { fake: true });
    expect(openai).toHaveBeenCalledWith("gpt-4o-mini");
  });

  it("keeps test model names", () => {
    expect({ model: "fake-model", chatModel: "test:model" }).toMatchObject({ model: "fake-model" });
  });
});

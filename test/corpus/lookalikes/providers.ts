// Lookalike corpus: imitates vercel/ai-chatbot lib/ai/providers.ts + app/(chat)/api/chat/schema.ts.
// customProvider language-model aliases ("chat-model", "title-model", "artifact-model") are
// looked up with myProvider.languageModel("title-model") — those are app aliases, not model IDs,
// and myProvider is not a known provider function. zod enums and entitlement keys reuse them.
// Real IDs (AI Gateway spelling): "xai/grok-4.3", "anthropic/claude-haiku-4.5",
// "openai/gpt-5.4-mini", "google/gemini-2.5-flash-lite"; gpt-image-1 via openai.image().
import { gateway } from "@ai-sdk/gateway";
import { openai } from "@ai-sdk/openai";
import { customProvider, extractReasoningMiddleware, wrapLanguageModel } from "ai";
import { z } from "zod";
import { isTestEnvironment } from "../constants";

export const DEFAULT_CHAT_MODEL: string = "chat-model";

export const myProvider = isTestEnvironment
  ? (() => {
      const { artifactModel, chatModel, reasoningModel, titleModel } = require("./models.mock");
      return customProvider({
        languageModels: {
          "chat-model": chatModel,
          "chat-model-reasoning": reasoningModel,
          "title-model": titleModel,
          "artifact-model": artifactModel,
        },
      });
    })()
  : customProvider({
      languageModels: {
        "chat-model": gateway.languageModel("xai/grok-4.3"),
        "chat-model-reasoning": wrapLanguageModel({
          model: gateway.languageModel("openai/gpt-5.4-mini"),
          middleware: extractReasoningMiddleware({ tagName: "think" }),
        }),
        "title-model": gateway.languageModel("anthropic/claude-haiku-4.5"),
        "artifact-model": gateway.languageModel("google/gemini-2.5-flash-lite"),
      },
      imageModels: {
        "small-model": openai.image("gpt-image-1"),
      },
    });

export function getTitleModel() {
  return myProvider.languageModel("title-model");
}

export function getArtifactModel() {
  return myProvider.languageModel("artifact-model");
}

export const postRequestBodySchema = z.object({
  id: z.string().uuid(),
  message: z.object({
    id: z.string().uuid(),
    role: z.enum(["user"]),
    parts: z.array(z.object({ type: z.enum(["text", "file"]), text: z.string().min(1).max(2000).optional() })),
  }),
  selectedChatModel: z.enum(["chat-model", "chat-model-reasoning"]),
  selectedVisibilityType: z.enum(["public", "private"]),
});

type UserType = "guest" | "regular";

export const entitlementsByUserType: Record<UserType, { maxMessagesPerDay: number; availableChatModelIds: string[] }> = {
  guest: { maxMessagesPerDay: 20, availableChatModelIds: ["chat-model", "chat-model-reasoning"] },
  regular: { maxMessagesPerDay: 100, availableChatModelIds: ["chat-model", "chat-model-reasoning"] },
};

export class ChatSDKError extends Error {
  constructor(public code: `${string}:${string}`, cause?: string) {
    super(cause ?? code);
  }
}

export function rateLimited() {
  return new ChatSDKError("rate_limit:chat");
}

export const blobPath = (userId: string, name: string) => `uploads/${userId}/${encodeURIComponent(name)}`;
export const ACCEPTED_MIME = ["image/jpeg", "image/png", "application/pdf"] as const;

import { anthropic } from "@ai-sdk/anthropic";
import { gateway } from "@ai-sdk/gateway";
import { openai } from "@ai-sdk/openai";
import { customProvider, extractReasoningMiddleware, type LanguageModel, wrapLanguageModel } from "ai";
import { isTestEnvironment } from "../constants";

const useGateway = Boolean(process.env.AI_GATEWAY_API_KEY || process.env.VERCEL_OIDC_TOKEN);

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
  : null;

export function getLanguageModel(modelId: string): LanguageModel {
  if (isTestEnvironment && myProvider) {
    return myProvider.languageModel(modelId);
  }
  const isReasoning = modelId.startsWith("xai/") || modelId.endsWith("-thinking");
  const base = useGateway ? gateway.languageModel(modelId) : openai(modelId.replace(/^openai\//, ""));
  return isReasoning
    ? wrapLanguageModel({ model: base, middleware: extractReasoningMiddleware({ tagName: "think" }) })
    : base;
}

export function getTitleModel(): LanguageModel {
  if (isTestEnvironment && myProvider) {
    return myProvider.languageModel("title-model");
  }
  return useGateway ? gateway.languageModel("anthropic/claude-haiku-4.5") : anthropic("claude-haiku-4-5");
}

export function getArtifactModel(): LanguageModel {
  if (isTestEnvironment && myProvider) {
    return myProvider.languageModel("artifact-model");
  }
  return useGateway ? gateway("google/gemini-2.5-flash-lite") : openai("gpt-4o-mini");
}

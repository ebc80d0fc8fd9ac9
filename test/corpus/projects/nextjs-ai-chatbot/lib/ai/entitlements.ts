import type { UserType } from "@/app/(auth)/auth";
import type { ChatModel } from "./models";

type Entitlements = {
  maxMessagesPerDay: number;
  availableChatModelIds: ChatModel["id"][];
};

export const entitlementsByUserType: Record<UserType, Entitlements> = {
  guest: {
    maxMessagesPerDay: 20,
    availableChatModelIds: ["anthropic/claude-haiku-4.5", "google/gemini-2.5-flash"],
  },
  regular: {
    maxMessagesPerDay: 100,
    availableChatModelIds: [
      "anthropic/claude-sonnet-4.5",
      "anthropic/claude-haiku-4.5",
      "openai/gpt-5.4-mini",
      "google/gemini-2.5-flash",
      "xai/grok-4.3",
    ],
  },
};

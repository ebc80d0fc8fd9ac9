import { convertToModelMessages, createUIMessageStream, JsonToSseTransformStream, smoothStream, stepCountIs, streamText } from "ai";
import { auth } from "@/app/(auth)/auth";
import { entitlementsByUserType } from "@/lib/ai/entitlements";
import { getLanguageModel } from "@/lib/ai/providers";
import { getWeather } from "@/lib/ai/tools/get-weather";
import { ChatSDKError } from "@/lib/errors";
import { type PostRequestBody, postRequestBodySchema } from "./schema";

export const maxDuration = 60;

export async function POST(request: Request) {
  let requestBody: PostRequestBody;
  try {
    requestBody = postRequestBodySchema.parse(await request.json());
  } catch (_) {
    return new ChatSDKError("bad_request:api").toResponse();
  }

  const { message, selectedChatModel } = requestBody;
  const session = await auth();
  if (!session?.user) {
    return new ChatSDKError("unauthorized:chat").toResponse();
  }
  if (!entitlementsByUserType[session.user.type].availableChatModelIds.includes(selectedChatModel)) {
    return new ChatSDKError("forbidden:chat").toResponse();
  }

  const stream = createUIMessageStream({
    execute: ({ writer }) => {
      const result = streamText({
        model: getLanguageModel(selectedChatModel),
        system: "You are a friendly assistant! Keep your responses concise and helpful.",
        messages: convertToModelMessages([message]),
        stopWhen: stepCountIs(5),
        experimental_activeTools: ["getWeather"],
        experimental_transform: smoothStream({ chunking: "word" }),
        tools: { getWeather },
      });
      writer.merge(result.toUIMessageStream({ sendReasoning: true }));
    },
    onError: () => "Oops, an error occurred!",
  });

  return new Response(stream.pipeThrough(new JsonToSseTransformStream()), {
    headers: { "Content-Type": "text/event-stream" },
  });
}

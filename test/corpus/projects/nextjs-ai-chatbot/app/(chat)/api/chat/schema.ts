import { z } from "zod";
import { chatModels } from "@/lib/ai/models";

const ids = chatModels.map((m) => m.id) as [string, ...string[]];

export const postRequestBodySchema = z.object({
  id: z.string().uuid(),
  message: z.object({
    id: z.string().uuid(),
    role: z.enum(["user"]),
    parts: z.array(z.object({ type: z.enum(["text"]), text: z.string().min(1).max(2000) })),
  }),
  selectedChatModel: z.enum(ids),
  selectedVisibilityType: z.enum(["public", "private"]),
});

export type PostRequestBody = z.infer<typeof postRequestBodySchema>;

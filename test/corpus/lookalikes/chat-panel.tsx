// Lookalike corpus: imitates a Next.js (App Router) chat panel component in the style of
// vercel/ai-chatbot (components/chat.tsx, components/model-selector.tsx): event-bus names,
// socket.io events, i18n keys, Tailwind variant classes, routes, <meta> names and the
// ai-chatbot "chat-model" / "chat-model-reasoning" selector IDs. None of these strings is a
// model ID that should get an `unknown-model` warning. Real IDs used: gpt-4o-mini.
"use client";

import { useEffect, useMemo, useState } from "react";
import Head from "next/head";
import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useTranslation } from "react-i18next";
import { io } from "socket.io-client";
import { bus } from "@/lib/event-bus";
import { cn } from "@/lib/utils";

const socket = io("/realtime", { path: "/socket.io", transports: ["websocket"] });

export const chatModels = [
  { id: "chat-model", name: "Grok Vision", description: "Advanced multimodal model" },
  { id: "chat-model-reasoning", name: "Grok Reasoning", description: "Uses advanced chain-of-thought" },
];

type Props = { id: string; initialChatModel: string; isReadonly: boolean };

export function ChatPanel({ id, initialChatModel, isReadonly }: Props) {
  const { t } = useTranslation(["chat", "auth"]);
  const [selectedModelId, setSelectedModelId] = useState(initialChatModel);
  const [input, setInput] = useState("");

  const { messages, sendMessage, status, stop } = useChat({
    id,
    transport: new DefaultChatTransport({
      api: "/api/chat",
      body: { selectedChatModel: selectedModelId, selectedVisibilityType: "private" },
    }),
    onFinish: () => bus.emit("history:refresh"),
  });

  useEffect(() => {
    socket.on("chat:message", (payload) => bus.emit("echo:reply", payload));
    socket.on("presence:join", () => bus.emit("toast:show", { kind: "info" }));
    socket.emit("room:join", `chat:${id}`);
    return () => {
      socket.off("chat:message");
      socket.off("presence:join");
    };
  }, [id]);

  const placeholder = useMemo(
    () => (isReadonly ? t("chat:readonly") : t("chat:placeholder")),
    [isReadonly, t],
  );

  return (
    <>
      <Head>
        <title>{t("chat:title")}</title>
        <meta name="meta/title" content="Chatbot" />
        <meta property="og:type" content="website" />
        <meta name="twitter:card" content="summary_large_image" />
        <link rel="preconnect" href="https://fonts.gstatic.com" />
      </Head>
      <div className="flex h-dvh min-w-0 flex-col bg-background md:grid md:grid-cols-[240px_1fr] dark:bg-zinc-950">
        <header className="sticky top-0 flex items-center gap-2 px-2 py-1.5 md:px-2">
          <button
            type="button"
            className="hover:bg-muted focus-visible:ring-2 data-[state=open]:bg-accent"
            onClick={() => bus.emit("modal:open", { name: "model-selector" })}
            data-testid="model-selector"
          >
            {chatModels.find((m) => m.id === selectedModelId)?.name}
          </button>
          <a href="/auth/google" className="sm:inline-flex lg:hidden">
            {t("auth:google.signin")} / {t("google:signin")}
          </a>
        </header>
        <ul aria-label="messages" className="space-y-4 overflow-y-auto">
          {messages.map((m) => (
            <li key={m.id} data-role={m.role} className={cn("prose dark:prose-invert", m.role === "user" && "ml-auto")}>
              {m.parts.map((p, i) => (p.type === "text" ? <span key={`${m.id}:${i}`}>{p.text}</span> : null))}
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            sendMessage({ text: input });
            bus.emit("composer:submit");
            setInput("");
          }}
        >
          <select
            value={selectedModelId}
            onChange={(e) => setSelectedModelId(e.target.value)}
            aria-label={t("chat:modelPicker")}
          >
            {chatModels.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <textarea
            value={input}
            placeholder={placeholder}
            onChange={(e) => setInput(e.target.value)}
            className="resize-none rounded-xl border px-3 py-2 text-base md:text-sm"
          />
          {status === "streaming" ? (
            <button type="button" onClick={stop} data-testid="stop-button">stop</button>
          ) : (
            <button type="submit" disabled={!input.trim()} data-testid="send-button">send</button>
          )}
        </form>
      </div>
    </>
  );
}

// A small summary helper that really calls a model from the client bundle's server action.
export const SUMMARY_REQUEST = { model: "gpt-4o-mini", maxOutputTokens: 256 } as const;

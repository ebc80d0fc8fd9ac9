// Lookalike corpus: imitates a plain-JavaScript REST client that calls provider HTTP APIs
// directly (Gemini REST URLs containing "models/gemini-2.5-flash:generateContent", OpenAI and
// Anthropic endpoints, header names "anthropic-version", "x-goog-api-key", analytics events,
// CSS-in-JS strings, cron and date formats). URLs, header names and event names are not model
// slots. Real IDs used: gemini-2.5-flash (in the URL), claude-haiku-4-5, gpt-4.1-mini.
"use strict";

const GEMINI_BASE = "https://generativelanguage.googleapis.com/v1beta";
const ANTHROPIC_URL = "https://api.anthropic.com/v1/messages";
const OPENAI_URL = "https://api.openai.com/v1/chat/completions";
const REFRESH_CRON = "*/15 * * * *";

const styles = {
  panel: { width: "calc(100% - 2rem)", fontFamily: "var(--font-geist-sans), ui-sans-serif" },
  badge: { background: "rgba(0,0,0,.04)", border: "1px solid hsl(var(--border))" },
};

function track(event, props) {
  window.plausible?.(event, { props });
  window.dataLayer?.push({ event, ...props });
}

async function geminiGenerate(prompt) {
  const url = `${GEMINI_BASE}/models/gemini-2.5-flash:generateContent`;
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "x-goog-api-key": process.env.GEMINI_API_KEY },
    body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: prompt }] }] }),
  });
  track("llm:request", { vendor: "google", path: "v1beta/models" });
  return res.json();
}

async function claudeGenerate(prompt) {
  const res = await fetch(ANTHROPIC_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": process.env.ANTHROPIC_API_KEY,
      "anthropic-version": "2023-06-01",
      "anthropic-beta": "prompt-caching-2024-07-31",
    },
    body: JSON.stringify({
      model: "claude-haiku-4-5",
      max_tokens: 512,
      messages: [{ role: "user", content: prompt }],
    }),
  });
  track("llm:request", { vendor: "anthropic", path: "v1/messages" });
  return res.json();
}

async function openaiGenerate(prompt) {
  const res = await fetch(OPENAI_URL, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: prompt }] }),
  });
  track("llm:request", { vendor: "openai", path: "v1/chat/completions" });
  return res.json();
}

function formatStamp(d = new Date()) {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" }).format(d);
}

module.exports = {
  geminiGenerate,
  claudeGenerate,
  openaiGenerate,
  formatStamp,
  styles,
  REFRESH_CRON,
  accept: "application/json, text/event-stream;q=0.9",
  userAgent: "acme-rest-client/1.4.0 (+https://example.com/bot)",
};

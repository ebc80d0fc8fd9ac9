// Lookalike corpus: imitates an Express + TypeScript API server that proxies LLM calls
// (routes like "/api/openai/v1", versioned "v0/users", nconf-style config keys
// "anthropic:apiKey", debug() namespaces "mistral:worker", Redis keys, MIME types, npm
// package names, git refs, SQL and date formats). None of these strings is a model ID.
// Real model usage: openai("gpt-4o-mini") and anthropic("claude-sonnet-4-5") via the AI SDK.
import express, { type Request, type Response } from "express";
import createDebug from "debug";
import nconf from "nconf";
import { createClient } from "redis";
import { openai } from "@ai-sdk/openai";
import { anthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";
import { format } from "date-fns";

const debug = createDebug("mistral:worker");
const debugHttp = createDebug("openai:http");
const log = createDebug("app:server");

nconf.argv().env({ separator: "__" }).file({ file: "config/default.json" });
const anthropicKey = nconf.get("anthropic:apiKey");
const openaiBase = nconf.get("openai:baseURL") ?? "https://api.openai.com/v1";
const gcpProject = nconf.get("google/cloud:projectId");

const redis = createClient({ url: process.env.REDIS_URL ?? "redis://localhost:6379/0" });
const app = express();
app.use(express.json({ limit: "2mb", type: ["application/json", "application/*+json"] }));

const PACKAGES = ["@ai-sdk/openai", "@ai-sdk/anthropic", "openai/resources/chat", "zod/v4"];
const DEPLOY_REF = process.env.GIT_REF ?? "origin/main";
const RELEASE_BRANCH = "release/2025-10";

app.get("/health", (_req, res) => res.type("text/plain").send("ok"));

app.get("/v0/users", async (_req: Request, res: Response) => {
  const rows = await db.query("SELECT id, email, created_at FROM users WHERE deleted_at IS NULL ORDER BY id");
  res.json(rows);
});

app.get("/v0/users/:id", async (req, res) => {
  const cached = await redis.get(`user:${req.params.id}:profile`);
  if (cached) return res.type("application/json").send(cached);
  res.status(404).json({ error: "not_found", code: "users/not-found" });
});

// OpenAI-compatible pass-through used by internal tools
app.all("/api/openai/v1/*", (req, res) => {
  debugHttp("proxy %s %s", req.method, req.path.replace("/api/openai/v1", "openai/v1"));
  res.setHeader("Content-Type", "text/event-stream");
  res.setHeader("Cache-Control", "no-cache, no-transform");
  res.end();
});

app.post("/api/summarize", async (req, res) => {
  debug("summarize job %s", req.body.jobId);
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarize in two sentences.",
    prompt: String(req.body.text ?? ""),
  });
  await redis.set(`summary:${req.body.jobId}`, text, { EX: 3600 });
  res.json({ text, at: format(new Date(), "yyyy-MM-dd'T'HH:mm:ss") });
});

app.post("/api/review", async (req, res) => {
  const { text } = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    prompt: req.body.diff,
  });
  res.json({ text });
});

app.get("/api/usage", async (_req, res) => {
  const sql = `SELECT model, provider, date_trunc('day', created_at) AS day, sum(tokens) AS tokens
               FROM usage_events GROUP BY model, provider, day ORDER BY day DESC`;
  const rows = await db.query(sql);
  res.json({ rows, generatedAt: format(new Date(), "HH:mm:ss"), tz: "Europe/Berlin" });
});

app.get("/.well-known/security.txt", (_req, res) => {
  res.type("text/plain").send("Contact: mailto:security@example.com\nPreferred-Languages: en, de");
});

const PORT = Number(process.env.PORT ?? 3001);
app.listen(PORT, () => {
  log("listening on :%d (ref %s, branch %s, project %s)", PORT, DEPLOY_REF, RELEASE_BRANCH, gcpProject);
  log("packages %o, openai base %s, anthropic key set: %s", PACKAGES, openaiBase, Boolean(anthropicKey));
});

declare const db: { query: (sql: string, args?: unknown[]) => Promise<unknown[]> };

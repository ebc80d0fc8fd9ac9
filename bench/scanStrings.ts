// Part of `npm run bench`: median time to scan a realistic ~5,000-line document per language, next to two floors
// on the same document: one `text.split('\n')` (native) and one bare `charCodeAt` loop (the least a hand-written
// JS scanner can cost).
import { scanText } from '../server/src/strings/scanDocument';

const LINES = 5000;
const WARMUP = 10;
const RUNS = 31;

/** One block of each language's document; `i` varies the IDs so no two blocks are the same text. */
export const BLOCKS: Record<string, (i: number) => string> = {
  elixir: i => `defmodule MyApp.Chat${i} do
  @moduledoc """
  Chat helpers for "openai:gpt-4o" #{@version}.
  """
  # Uses the model registry; it's "fine"
  def run(prompt, opts \\\\ []) do
    model = Keyword.get(opts, :model, "openai:gpt-4o-mini-${i}")
    ReqLLM.generate_text(model: "anthropic:claude-3-5-sonnet-${i}", messages: [%{"role" => "user", content: "Say #{prompt} to #{Enum.join(["a", "b"], ", ")}"}])
    Regex.match?(~r/^gpt-\\d+"/i, model) and ?" != ?\\" and ~s(groq:llama-3.1-8b) != ~S[x#{y}]
  end
end
`,
  python: i => `# Model ${i}: it's "fine"
def call_${i}(prompt: str, model: str = "openai/gpt-4o-${i}") -> str:
    """Call the model "${i}" with a prompt.

    # not a comment
    """
    resp = litellm.completion(model="anthropic/claude-3-5-sonnet-20240620", messages=[{"role": "user", "content": f"Say {prompt!r} to {names["first"]:>{width}}"}])
    return resp["choices"][0]["message"]["content"] + rb'\\d' + r"\\"" # first choice
`,
  typescript: i => `// Model ${i}: it's "fine"
export async function call${i}(prompt: string, names: string[]): Promise<string> {
  const re = /"gpt-[0-9]+"/g;
  const { text } = await generateText({ model: openai("gpt-4o-mini-${i}"), prompt: \`Say \${prompt} to \${names.map((n) => \`"\${n}"\`).join(", ")}\`, temperature: 0.2 / 2 });
  /* fallback: "o1" */
  return text ?? 'anthropic/claude-3-5-sonnet';
}
`,
  typescriptreact: i => `// Picker ${i}: it's "fine"
export function Chat${i}({ prompt }: Props) {
  const model: string = "openai/gpt-4o-${i}";
  return (
    <ModelPicker model="anthropic/claude-3-5-sonnet" label={\`Model \${model}\`} onPick={(m) => setModel(m / 2)}>
      It's "text" with {prompt} and <b className='x'>bold</b>
    </ModelPicker>
  );
}
`,
  json: i => `    "openai/gpt-4o-${i}": {
      "id": "gpt-4o-${i}",
      "name": "GPT-4o \\"${i}\\"",
      "attachment": true,
      "limit": { "context": 128000, "output": 16384 },
      "cost": { "input": 2.5, "output": 10 }, // it's "fine"
      /* "fallback": "o1" */ "modalities": { "input": ["text", "image"], "output": ["text"] }
    },
`,
  yaml: i => `- name: agent-${i}   # it's "fine"
  model: openai/gpt-4o-mini-${i}
  fallbacks: [anthropic/claude-3-5-sonnet, "groq/llama-3.1-8b", {model: 'o1', weight: 2}]
  temperature: 0.2
  prompt: |
    You are "helpful".
    # not a comment
  notes: it's plain # trailing
`,
  toml: i => `[models.m${i}]  # it's "fine"
model = "openai/gpt-4o-${i}"
fallbacks = ["anthropic/claude-3-5-sonnet", 'groq/llama-3.1-8b']
prompt = """
Say "hi" # not a comment
"""
`,
};

export function documentFor(block: (i: number) => string): string {
  const parts: string[] = [];
  let lines = 0;
  for (let i = 0; lines < LINES; i++) {
    const text = block(i);
    parts.push(text);
    lines += text.split('\n').length - 1;
  }
  return parts.join('');
}

export function median(run: () => void): number {
  for (let k = 0; k < WARMUP; k++) run();
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

/** Reads every character once: the cost of touching the text from JS, with no work per character. */
function charLoop(text: string): number {
  let quotes = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) quotes++;
  return quotes;
}

/** Prints, per language, the time to scan a 5,000-line document next to two floors measured in the same run. */
export function scanBenchmark(): void {
  console.log(`\n## String scanners: a 5,000-line document per language (median of ${RUNS} runs; ms)\n`);
  console.log(
    "| language | lines | KB | literals | comments | scan | split('\\n') floor | charCodeAt loop floor | scan / loop |",
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [language, block] of Object.entries(BLOCKS)) {
    const text = documentFor(block);
    const map = scanText(text, language)!;
    let sink = 0;
    const scanMs = median(() => {
      sink += scanText(text, language)!.strings.length;
    });
    const splitMs = median(() => {
      sink += text.split('\n').length;
    });
    const loopMs = median(() => {
      sink += charLoop(text);
    });
    if (sink < 0) console.log(sink); // keeps the work observable
    console.log(
      `| ${language} | ${text.split('\n').length - 1} | ${(text.length / 1024).toFixed(0)} | ${map.strings.length} | ${map.comments.length} | ${scanMs.toFixed(2)} | ${splitMs.toFixed(2)} | ${loopMs.toFixed(2)} | ${(scanMs / loopMs).toFixed(1)}× |`,
    );
  }
}

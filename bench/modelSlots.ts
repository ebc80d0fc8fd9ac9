// Part of `npm run bench` (section `slots`): finding the model slots of large YAML and JSON documents — a list of
// 5,000 items and a mapping of 5,000 keys, the shapes where looking up each value's keys line by line grew with the
// square of the document — median of 15 runs after a warm-up, each on a fresh copy of the text (nothing cached).
import { modelSlots } from '../server/src/callContexts/modelSlots';
import { scanText } from '../server/src/strings/scanDocument';

const ITEMS = 5000;
const RUNS = 15;

const DOCUMENTS: [string, string, string][] = [
  ['yaml', 'list of 5,000 models under `fallback_models:`', `fallback_models:\n${lines(i => `  - gpt-4o-${i}`)}`],
  ['yaml', 'mapping of 5,000 keys', `settings:\n${lines(i => `  key${i}: value-${i}`)}`],
  [
    'yaml',
    'LiteLLM proxy, 1,000 entries',
    `model_list:\n${lines(i => `  - model_name: m${i}\n    litellm_params:\n      model: openai/gpt-4o-${i}\n      api_base: http://vllm:8000/v1`, 1000)}`,
  ],
  [
    'json',
    'list of 5,000 models under "models"',
    `{ "models": [${Array.from({ length: ITEMS }, (_, i) => `"gpt-4o-${i}"`).join(', ')}] }`,
  ],
];

function lines(line: (i: number) => string, count = ITEMS): string {
  return Array.from({ length: count }, (_, i) => line(i)).join('\n');
}

export function modelSlotsBenchmark(): void {
  console.log(`\n## Model slots of large YAML and JSON documents (median of ${RUNS} runs; ms)\n`);
  console.log('| language | document | lines | ms |');
  console.log('|---|---|---:|---:|');
  for (const [language, name, text] of DOCUMENTS) {
    const times: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      const copy = ` ${text}`.slice(1); // a new string: nothing measured for an earlier run applies
      const map = scanText(copy, language)!;
      const start = process.hrtime.bigint();
      modelSlots(copy, map, language);
      if (run >= 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${language} | ${name} | ${text.split('\n').length} | ${times[times.length >> 1].toFixed(1)} |`);
  }
}

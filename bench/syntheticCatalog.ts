// A seeded synthetic models.dev catalog, so the 100k-model figures are reproducible run to run.
import { seededRandom } from '../test/helpers/seededRandom';

export function syntheticCatalog(models: number, seed = 42): Record<string, unknown> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const families = ['gpt', 'claude', 'gemini', 'llama', 'mistral', 'qwen', 'deepseek', 'grok', 'command', 'phi'];
  const sizes = ['mini', 'small', 'medium', 'large', 'pro', 'flash', 'nano', 'ultra'];
  const providerCount = 200;
  const catalog: Record<string, { id: string; name: string; models: Record<string, unknown> }> = {};
  for (let p = 0; p < providerCount; p++) {
    const id = `provider-${p.toString(36)}`;
    catalog[id] = { id, name: `Provider ${p}`, models: {} };
  }
  for (let i = 0; i < models; i++) {
    const provider = catalog[`provider-${(i % providerCount).toString(36)}`];
    const id = `${pick(families)}-${(1 + random() * 5).toFixed(1)}-${pick(sizes)}-${i.toString(36)}`;
    provider.models[id] = {
      id,
      name: `${id.toUpperCase()} model`,
      attachment: random() < 0.5,
      reasoning: random() < 0.3,
      tool_call: random() < 0.7,
      release_date: `202${Math.floor(random() * 6)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      last_updated: '2026-01-01',
      modalities: { input: random() < 0.5 ? ['text', 'image'] : ['text'], output: ['text'] },
      open_weights: random() < 0.2,
      cost: { input: Math.round(random() * 3000) / 100, output: Math.round(random() * 6000) / 100 },
      limit: { context: pick([8192, 32768, 128000, 200000, 1000000]), output: pick([4096, 8192, 16384, 64000]) },
      ...(random() < 0.05 ? { status: 'deprecated' } : {}),
    };
  }
  return catalog;
}

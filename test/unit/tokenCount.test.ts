// Token counts at a glance (shared/tokenCount.ts), as the completion detail, the hover's price tiers and the model
// picker show them: vendors' round decimal and binary sizes, and anything else to three figures.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { glanceTokens } from '../../shared/tokenCount';

describe('glanceTokens', () => {
  const cases: [number, string][] = [
    [512, '512'],
    [200_000, '200K'],
    [128_000, '128K'],
    [1_000_000, '1M'],
    [1_050_000, '1.05M'],
    [1_001_000, '1.001M'],
    [2_000_000, '2M'],
    // Binary sizes: Llama's 131,072 is its announced 128K, Gemini's 1,048,576 its 1M.
    [8192, '8K'],
    [32_768, '32K'],
    [131_072, '128K'],
    [262_144, '256K'],
    [1_048_576, '1M'],
    [1_572_864, '1.5M'],
    [2_097_152, '2M'],
    // Neither: three significant figures, never `1000K`.
    [1_047_576, '1.05M'],
    [127_999, '128K'],
    [4097, '4.1K'],
    [999_999, '1M'],
    [999_499, '999K'],
    [12_345_678, '12.3M'],
  ];
  for (const [tokens, shown] of cases) test(`${tokens} → ${shown}`, () => assert.equal(glanceTokens(tokens), shown));
});

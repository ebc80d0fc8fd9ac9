// A context window or token count at a glance, as vendors write it, for the completion detail, the hover's price
// tiers and the model picker (one rule for all three; the hover's limits row gives the exact count).

/**
 * `200K`, `1.05M` for round thousands; `8K`, `128K`, `1M` for round binary sizes (8,192, 131,072 and 1,048,576
 * tokens, which Meta, Mistral and Google announce that way); anything else to three significant figures (`1.05M` for
 * 1,047,576).
 */
export function glanceTokens(tokens: number): string {
  if (!Number.isFinite(tokens) || tokens < 1000) return String(Math.round(tokens));
  if (tokens % 1000 === 0) return tokens < 1_000_000 ? `${tokens / 1000}K` : `${tokens / 1_000_000}M`;
  if (tokens % 1024 === 0) {
    if (tokens < 1_048_576) return `${tokens / 1024}K`;
    // Whole or quarter mebitokens (`1M`, `2M`, `1.5M`); other binary sizes read as decimals below.
    if (tokens % 262_144 === 0) return `${tokens / 1_048_576}M`;
  }
  return tokens < 999_500
    ? `${Number((tokens / 1000).toPrecision(3))}K`
    : `${Number((tokens / 1_000_000).toPrecision(3))}M`;
}

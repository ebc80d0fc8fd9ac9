// Catalog format detection from the JSON's shape (SPEC §3) and the one entry point that reads any catalog.
import type { CatalogFormat, CatalogReadResult, CatalogReader } from './modelRecord';
import { describeJson } from './readers/fields';
import { isLiteLlmCatalog, readLiteLlm } from './readers/litellm';
import { isLlmDbCatalog, readLlmDb } from './readers/llmDb';
import { isModelsDevCatalog, readModelsDev } from './readers/modelsDev';
import { isOpenRouterCatalog, readOpenRouter } from './readers/openrouter';
import { isRegistryCatalog, readRegistryFile } from './readers/registryFile';
import { isReqLlmCatalog, readReqLlm } from './readers/reqLlm';

interface FormatInfo {
  /** What users know it as, with its article, for messages: `an OpenRouter catalog`. */
  what: string;
  matches: (json: unknown) => boolean;
  read: CatalogReader;
}

const FORMATS: Readonly<Record<CatalogFormat, FormatInfo>> = {
  'models.dev': { what: 'a models.dev catalog', matches: isModelsDevCatalog, read: readModelsDev },
  'litellm': { what: 'a LiteLLM catalog', matches: isLiteLlmCatalog, read: readLiteLlm },
  'openrouter': { what: 'an OpenRouter catalog', matches: isOpenRouterCatalog, read: readOpenRouter },
  'req_llm': { what: 'a ReqLLM catalog', matches: isReqLlmCatalog, read: readReqLlm },
  'llm_db': { what: 'an llm_db catalog', matches: isLlmDbCatalog, read: readLlmDb },
  'registry': { what: 'a model registry file', matches: isRegistryCatalog, read: readRegistryFile },
};

/**
 * Detection order: the shapes with distinctive top-level keys first (`data`, `models` + `provider`, `models`,
 * `providers`, `id` + `models`); the two keyed-by-name maps (LiteLLM, models.dev) last, since their keys are free.
 */
const DETECTION_ORDER: readonly CatalogFormat[] = [
  'openrouter',
  'req_llm',
  'registry',
  'llm_db',
  'litellm',
  'models.dev',
];

const EXPECTED = 'expected models.dev, LiteLLM, OpenRouter, ReqLLM, llm_db or registry JSON';

/** The catalog format of a parsed JSON document, or undefined when it is none of them. */
export function detectFormat(json: unknown): CatalogFormat | undefined {
  for (const format of DETECTION_ORDER) if (FORMATS[format].matches(json)) return format;
  return undefined;
}

/**
 * Reads a parsed catalog as `format` (`auto`: detected from its shape) into normalised records tagged with `source`.
 * Throws an `Error` with a user-facing message when the JSON is no known catalog or not of the requested format;
 * bad entries inside a good catalog are skipped and counted, never thrown.
 */
export function readCatalog(json: unknown, format: CatalogFormat | 'auto', source: string): CatalogReadResult {
  if (format === 'auto') {
    const detected = detectFormat(json);
    if (detected === undefined) throw new Error(`not a recognised catalog: ${EXPECTED} (found ${describeJson(json)})`);
    return FORMATS[detected].read(json, source);
  }
  const info = FORMATS[format] as FormatInfo | undefined;
  if (info === undefined) throw new Error(`unknown catalog format "${String(format)}": ${EXPECTED}`);
  if (!info.matches(json)) {
    const detected = detectFormat(json);
    const found =
      detected === undefined
        ? `found ${describeJson(json)}`
        : `it looks like ${FORMATS[detected].what}; set "format" to "${detected}" or "auto"`;
    throw new Error(`not ${info.what} as configured (${found})`);
  }
  return info.read(json, source);
}

// SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one run, the three diagnostic codes as
// rules, each finding a result located relative to %SRCROOT% (the current directory), and files that could not
// be checked as tool execution notifications.
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { codeDescription, README_URL } from '../../utils/diagnosticCodes';
import type { Finding, RunInfo, Severity } from '../findings';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = `${README_URL}#readme`;

const RULES: ReportingDescriptor[] = [
  {
    id: 'real-registry-call',
    name: 'RealRegistryCall',
    shortDescription: { text: 'A test calls the real model registry' },
    fullDescription: {
      text: 'A call in a test file reaches the real model registry (builds the model catalog, reads a cost map loaded from the network, or fetches a catalog URL) without a stub.',
    },
    defaultConfiguration: { level: 'warning' },
    helpUri: codeDescription('real-registry-call').href,
  },
  {
    id: 'unknown-model',
    name: 'UnknownModel',
    shortDescription: { text: 'A model ID that no loaded catalog knows' },
    defaultConfiguration: { level: 'warning' },
    helpUri: codeDescription('unknown-model').href,
  },
  {
    id: 'deprecated-model',
    name: 'DeprecatedModel',
    shortDescription: { text: 'A deprecated or retired model ID' },
    defaultConfiguration: { level: 'note' },
    helpUri: codeDescription('deprecated-model').href,
  },
];

const LEVELS: Record<Severity, Result.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function formatSarif(findings: readonly Finding[], run: RunInfo): string {
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'model-registry',
            version: run.version,
            semanticVersion: run.version,
            informationUri: INFORMATION_URI,
            rules: RULES,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(run.cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            toolExecutionNotifications: run.errors.map(text => ({ level: 'error' as const, message: { text } })),
          },
        ],
        results: findings.map(f => {
          const ruleIndex = RULES.findIndex(r => r.id === f.code);
          return {
            ruleId: f.code,
            ...(ruleIndex >= 0 ? { ruleIndex } : {}),
            level: LEVELS[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path as a URI reference: spaces and other characters percent-encoded, `/` kept. */
function relativeUri(file: string): string {
  return encodeURI(file).replace(/[?#]/g, c => encodeURIComponent(c));
}

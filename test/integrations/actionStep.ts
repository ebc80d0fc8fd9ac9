// Reads action.yml and runs its check step the way GitHub would, as far as that can be done offline: the step's
// `env:` with the `${{ … }}` expressions it uses evaluated for given inputs (defaults from action.yml), and the step's
// script run by bash with the variables a runner sets (GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP). An expression
// this evaluator does not know fails the test rather than being guessed at.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.resolve(__dirname, '../..');

export interface ActionStep {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

export interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(): Action {
  return parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
}

export interface RunnerContext {
  /** The action's checkout, `github.action_path`. */
  actionPath: string;
  /** The workflow's checkout, `github.workspace`. */
  workspace: string;
  /** `runner.temp`. */
  temp: string;
}

/** The step's `env:` with each `${{ inputs.x }}`, `${{ github.action_path }}`, … replaced as GitHub would. */
export function stepEnv(
  action: Action,
  step: ActionStep,
  inputs: Record<string, string>,
  context: RunnerContext,
): Record<string, string> {
  for (const name of Object.keys(inputs))
    if (!(name in action.inputs)) throw new Error(`action.yml declares no input "${name}"`);
  const value = (expression: string): string => {
    const input = /^inputs\.([\w-]+)$/.exec(expression)?.[1];
    if (input !== undefined) {
      if (!(input in action.inputs)) throw new Error(`action.yml uses undeclared input "${input}"`);
      return inputs[input] ?? action.inputs[input].default ?? '';
    }
    const known: Record<string, string> = {
      'github.action_path': context.actionPath,
      'github.workspace': context.workspace,
      'runner.temp': context.temp,
    };
    if (expression in known) return known[expression];
    throw new Error(`the test cannot evaluate \${{ ${expression} }}`);
  };
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, template]) => [
      name,
      String(template).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => value(expression)),
    ]),
  );
}

export interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The step outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
}

/** Runs the check step's `run:` with bash, in the workspace, with the runner's variables and the step's env. */
export function runCheckStep(
  inputs: Record<string, string>,
  context: RunnerContext,
  extraEnv: Record<string, string> = {},
): StepRun {
  const action = readAction();
  const step = action.runs.steps.find(s => s.id === 'check');
  if (!step?.run) throw new Error('action.yml has no check step with a run: script');
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const outputFile = path.join(context.temp, `github-output-${unique}`);
  fs.writeFileSync(outputFile, '');
  const script = path.join(context.temp, `step-${unique}.sh`);
  fs.writeFileSync(script, step.run);
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GITHUB_|RUNNER_|INPUT_)/.test(name)),
  ) as Record<string, string>;
  // What GitHub runs for `shell: bash`.
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: context.workspace,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...base,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: context.workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: context.temp,
      ...stepEnv(action, step, inputs, context),
      ...extraEnv,
    },
  });
  if (run.error) throw new Error(`bash: ${run.error.message}`);
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
}

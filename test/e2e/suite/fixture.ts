// What the suite's test files share: the extension under test and the IDs and files of ../fixtures/workspace.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ModelRegistryApi } from '../../../client/src/api';

export const EXTENSION_ID = 'model-registry.model-registry';
export const KNOWN_MODEL = 'anthropic:claude-3-7-sonnet-20250219';
/** A likely typo (of `claude-sonnet-4-5`) under a model-named attribute: a model slot, so it is reported. */
export const UNKNOWN_MODEL = 'anthropic:claude-sonet-4-5';
export const AGENT = 'lib/agent.ex';
export const REGISTRY_TEST = 'test/registry_test.exs';

/** Activates the extension (once; later calls get the same API) and resolves once the server answered `initialize`. */
export async function activateExtension(): Promise<ModelRegistryApi> {
  const extension = vscode.extensions.getExtension<ModelRegistryApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed (is engines.vscode within this VS Code's version?)`);
  return extension.activate();
}

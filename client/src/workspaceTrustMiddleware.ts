// The VS Code side of workspace trust (see workspaceTrust.ts for why): a `workspace/configuration` middleware that,
// while the workspace is not trusted, tells the server which URL sources the workspace settings name, and a
// listener that has the server re-read its settings once trust is granted.
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ResponseError,
  State,
  type ConfigurationParams,
  type LanguageClient,
  type Middleware,
} from 'vscode-languageclient/node';
import { sourcesInSettingsFile, withUntrustedUrlSources } from './workspaceTrust';

type ConfigurationMiddleware = NonNullable<NonNullable<Middleware['workspace']>['configuration']>;

/** Marks the URL sources of workspace settings in the `modelRegistry` section while the workspace is not trusted. */
export const untrustedSourcesMiddleware: ConfigurationMiddleware = async (params: ConfigurationParams, token, next) => {
  const answer = await next(params, token);
  if (vscode.workspace.isTrusted || answer instanceof ResponseError) return answer;
  const asksForOurSection = params.items.map(item => item.section === 'modelRegistry');
  if (!asksForOurSection.includes(true)) return answer;
  const workspaceSources = await readWorkspaceSourcesSettings();
  return answer.map((section, i) =>
    asksForOurSection[i] ? withUntrustedUrlSources(section, workspaceSources) : section,
  );
};

/**
 * When the user trusts the workspace, the workspace's own `modelRegistry.sources` applies: the server is told to
 * read its settings again (`settings: null`, the pull model), whether or not VS Code's own configuration change
 * event reaches it first.
 */
export function reloadSettingsOnTrust(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (client.state !== State.Running) return; // a starting server reads them anyway
    client
      .sendNotification(DidChangeConfigurationNotification.type, { settings: null })
      .catch((error: unknown) =>
        log.error(
          `Could not tell the server that the workspace is trusted: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  });
}

/**
 * The `modelRegistry.sources` values of the workspace settings, read from the files because VS Code hides them:
 * the `.code-workspace` file's `settings` and each folder's `.vscode/settings.json`. All folders, not the scope of
 * the request: the server asks for one section for the whole window, and its sources span every folder.
 */
async function readWorkspaceSourcesSettings(): Promise<unknown[]> {
  const files: { uri: vscode.Uri; inWorkspaceFile: boolean }[] = [];
  const workspaceFile = vscode.workspace.workspaceFile;
  if (workspaceFile && workspaceFile.scheme !== 'untitled') files.push({ uri: workspaceFile, inWorkspaceFile: true });
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    files.push({ uri: vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'), inWorkspaceFile: false });
  }
  const values = await Promise.all(
    files.map(async ({ uri, inWorkspaceFile }) => {
      const text = await readText(uri);
      return text === undefined ? undefined : sourcesInSettingsFile(text, inWorkspaceFile);
    }),
  );
  return values.filter(value => value !== undefined);
}

/** Through `workspace.fs`, so remote and virtual workspaces work too; a missing file is no settings. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

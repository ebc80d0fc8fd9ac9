// File URIs as the server receives them, to file-system paths.
import { fileURLToPath } from 'node:url';

/** The path of a `file:` URI, or undefined for another scheme (an unsaved document) or a malformed URI. */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

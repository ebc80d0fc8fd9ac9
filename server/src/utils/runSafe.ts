// Every handler runs through these, so a bug in one answers an error (or logs) instead of killing the server.
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export function runSafeAsync<T>(
  logger: Logger,
  what: string,
  work: () => Promise<T>,
  token?: CancellationToken,
): Promise<T | ResponseError<void>> {
  return work().then(
    result => (token?.isCancellationRequested ? cancelled() : result),
    (error: unknown) => {
      const message = formatError(`${what} failed`, error);
      logger.error(message);
      return new ResponseError(ErrorCodes.InternalError, message);
    },
  );
}

/** For notifications: nothing to answer, so the failure is only logged. */
export function runSafeNotification(logger: Logger, what: string, work: () => Promise<void> | void): void {
  try {
    Promise.resolve(work()).catch((error: unknown) => logger.error(formatError(`${what} failed`, error)));
  } catch (error) {
    logger.error(formatError(`${what} failed`, error));
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

export function formatError(message: string, error: unknown): string {
  if (error instanceof Error) return `${message}: ${error.message}\n${error.stack ?? ''}`.trimEnd();
  return `${message}: ${String(error)}`;
}

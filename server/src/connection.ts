// The server's connection to its client, with the two rules the protocol library leaves to servers:
// - the lifecycle: a request before `initialize` is answered ServerNotInitialized (-32002) and one after `shutdown`
//   InvalidRequest, never served from a registry that is not there yet or is going away; notifications then are
//   dropped (`exit` aside);
// - a broken stream: over stdio the message reader is ours, so a frame that cannot be read (no or bad
//   Content-Length, a body that is not JSON, a body that stops arriving) ends the process with code 1 — the client
//   restarts a server it sees die, while one that can no longer read would stay alive and deaf. Other transports
//   (`--node-ipc` from VS Code, sockets) carry whole messages and are left to the library;
// - and over stdio each message goes out as one write (FrameWriter).
import {
  AbstractMessageWriter,
  ErrorCodes,
  Message,
  type MessageStrategy,
  type MessageWriter,
  type RequestMessage,
  ResponseError,
} from 'vscode-languageserver';
import { type Connection, createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';

/** Stand-ins a refused request is routed to, so that the library answers it with the error they throw. */
const NOT_INITIALIZED = 'modelRegistry/$notInitialized';
const SHUT_DOWN = 'modelRegistry/$shutDown';
/** How many times the reader may wait for the rest of a frame (10 s each) before the stream counts as broken. */
const STALLED_WAITS = 3;
/** The reader's wait; `MODEL_REGISTRY_STALL_MS` shortens it for the fault tests. */
const STALL_MS = Number(process.env.MODEL_REGISTRY_STALL_MS) || 10_000;

/**
 * Writes each message, header and body, in one write. The library's stream writer writes the header, waits for its
 * callback, then writes the body: two system calls and two wake-ups of the client per message, which showed in
 * completion latency (`npm run bench -- memory`). Errors and the stream's end are reported as the library's are.
 */
export class FrameWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    // A message that cannot be encoded (a cycle) fails like one that cannot be written: rejected and reported.
    return new Promise<void>((resolve, reject) => {
      const body = JSON.stringify(message);
      const frame = `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
      this.stream.write(frame, 'utf8', (error?: Error | null) => (error ? reject(error) : resolve()));
    }).then(
      () => {
        this.errorCount = 0;
      },
      (error: Error) => {
        this.fireError(error, message, ++this.errorCount);
        throw error;
      },
    );
  }

  end(): void {
    this.stream.end();
  }
}

function routed(request: RequestMessage, method: string): RequestMessage {
  return { ...request, method };
}

export function serverConnection(
  argv: readonly string[],
  onBroken: (why: string) => void,
  onMessage: () => void = () => undefined,
): Connection {
  let phase: 'new' | 'running' | 'shutDown' = 'new';
  const messageStrategy: MessageStrategy = {
    handleMessage(message, next) {
      onMessage();
      if (Message.isRequest(message)) {
        if (phase === 'new' && message.method !== 'initialize') return next(routed(message, NOT_INITIALIZED));
        if (phase === 'shutDown') return next(routed(message, SHUT_DOWN));
        if (message.method === 'initialize') phase = 'running';
        if (message.method === 'shutdown') phase = 'shutDown';
      } else if (Message.isNotification(message) && phase !== 'running' && message.method !== 'exit') {
        return;
      }
      next(message);
    },
  };
  let connection: Connection;
  if (argv.includes('--stdio')) {
    const reader = new StreamMessageReader(process.stdin);
    reader.partialMessageTimeout = STALL_MS;
    let stalled = 0;
    reader.onError(error => onBroken(`the message stream from the client is broken (${error.message.split('\n')[0]})`));
    reader.onPartialMessage(() => {
      if (++stalled >= STALLED_WAITS) onBroken('a message from the client stopped arriving halfway');
    });
    // Any whole message read resets the count of waits.
    connection = createConnection(ProposedFeatures.all, reader, new FrameWriter(process.stdout), {
      messageStrategy: {
        handleMessage(message, next) {
          stalled = 0;
          messageStrategy.handleMessage(message, next);
        },
      },
    });
  } else {
    connection = createConnection(ProposedFeatures.all, { messageStrategy });
  }
  connection.onRequest(NOT_INITIALIZED, () => {
    throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.');
  });
  connection.onRequest(SHUT_DOWN, () => {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
  });
  return connection;
}

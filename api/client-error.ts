import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../lib/logger.js';

// Node's parser error codes, and what its own default handler answers for them.
const ANSWERS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', message: 'The request headers are too large.' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    code: 'payload_too_large',
    message: 'The chunk extensions are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'The request took too long to arrive.' },
};
const MALFORMED = { status: 400, code: 'bad_request', message: 'The request is not well-formed HTTP/1.1.' };

/**
 * The server's 'clientError' listener: requests Node's parser refuses never reach Express, and Node would answer
 * them with a bare status line. Answer with the error envelope and a request id instead, then close the socket.
 */
export function clientErrorHandler(logger: Logger) {
  return (err: Error & { code?: string }, socket: Duplex): void => {
    // A response already under way on this socket (keep-alive) cannot be followed by another: just close.
    const inProgress = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (err.code === 'ECONNRESET' || !socket.writable || inProgress) {
      socket.destroy();
      return;
    }
    const answer = ANSWERS[err.code ?? ''] ?? MALFORMED;
    const requestId = randomUUID();
    logger.warn({ request_id: requestId, code: err.code, status: answer.status }, 'unparsable request refused');
    const body = JSON.stringify({
      error: { code: answer.code, message: answer.message, details: { request_id: requestId } },
    });
    const head = [
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Request-Id: ${requestId}`,
      'X-Content-Type-Options: nosniff',
      'Connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  };
}

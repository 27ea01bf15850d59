/**
 * Answers Node's HTTP parser refuses before the app sees a request (a malformed request line,
 * headers over the size limit, a request that took too long): a minimal HTTP/1.1 response with
 * an RFC 9457 problem document and the CORS header every API answer has, so that a browser
 * client reads the reason instead of a network error.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Problem } from '@pact/schema';
import { PROBLEM_BASE } from './problem.js';

/** A problem document as JSON text, for answers made outside the app (no Hono context). */
export function problemJson(status: number, title: string, detail: string): string {
  const body: Problem = {
    type: `${PROBLEM_BASE}${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    title,
    status,
    detail,
  };
  return JSON.stringify(body);
}

const REASONS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request headers are larger than the server accepts (64 kB in all).'],
  HPE_URI_TOO_LONG: [414, 'The request line is longer than the server accepts.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time.'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'The request headers were not received in time.'],
};

/** The server's `clientError` listener: answer with a problem when the socket can still be written. */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, detail] = REASONS[err.code ?? ''] ?? [400, 'The request is not well-formed HTTP/1.1.'];
  const title = STATUS_CODES[status] ?? 'Bad Request';
  const body = problemJson(status, title, detail);
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\n` +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Access-Control-Allow-Origin: *\r\n' +
      'Cache-Control: no-store\r\n' +
      'Connection: close\r\n\r\n' +
      body,
  );
}

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorCode } from '@pdz/core';
import { problemHead } from './problem';

/**
 * Requests Node's HTTP parser refuses before any route sees them (a request line or headers
 * beyond the 16 KB Node reads, a malformed request): answered as problem details like every
 * other error, then the connection is closed, as the parser cannot go on with it.
 */
const answers: Record<string, { status: number; code: ErrorCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    detail: 'The request line or its headers are longer than the server reads (16 KB)',
  },
  HPE_URI_TOO_LONG: {
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    detail: 'The address is longer than the server reads',
  },
};
const malformed = {
  status: 400,
  code: 'VALIDATION_FAILED' as ErrorCode,
  detail: 'The request is not valid HTTP',
};

export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy(error);
    return;
  }
  const answer = (error.code && answers[error.code]) || malformed;
  const body = JSON.stringify({
    ...problemHead(answer.code, answer.status),
    detail: answer.detail,
  });
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

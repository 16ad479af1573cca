import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, type Envelope, type ErrorCode } from '../shared/api/errors';
import { contentTypeFor } from '../core/serving/mime';

/** Small response helpers shared by the host's routes. */

export function errorEnvelope(code: ErrorCode, message: string, i18nKey?: string): Envelope<never> {
  return { ok: false, error: new ApiError(code, message, { i18nKey }).toData() };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendForbidden(res: ServerResponse, reason: string): void {
  sendJson(res, 403, errorEnvelope('forbidden', reason));
}

/** A short HTML page for the cases a browser user may land on (sign-in, not built). */
export function sendPage(res: ServerResponse, status: number, title: string, text: string): void {
  const escape = (s: string) =>
    s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><h1>${escape(title)}</h1><p>${escape(text)}</p></body></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export const sendNotFound = (res: ServerResponse): void => sendText(res, 404, 'Not found');

/**
 * Streams one file that a resolver already vetted. Returns false (and sends nothing)
 * when it is not a readable regular file, so the caller can answer 404.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  filePath: string,
  extraHeaders: Record<string, string> = {},
): Promise<boolean> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return false;
    size = info.size;
  } catch {
    return false;
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': size,
    ...extraHeaders,
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  const stream = createReadStream(filePath);
  // Headers are out already: a read error can only abort the response.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
  return true;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../core/backend-types';
import type { Logger } from '../core/ports';
import { safeUrlSegments } from '../core/serving/safe-path';
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../core/serving/security-headers';
import {
  isAllowedHost,
  isSameOriginRequest,
  presentedToken,
  sessionCookie,
  tokensEqual,
  TOKEN_QUERY_PARAM,
} from './security';
import { errorEnvelope, sendFile, sendForbidden, sendJson, sendNotFound, sendText } from './responses';
import { serveStatic } from './static';
import type { SseHub } from './sse';

/** Largest accepted API request body. Contract inputs are small; uploads use staging. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface HostContext {
  backend: Backend;
  token: string;
  rendererDir: string;
  log: Logger;
  sse: SseHub;
  /** The bound port (known only after listen). */
  port(): number;
}

class BodyTooLargeError extends Error {}

/** The request listener of the host: guards first, then one of four routes. */
export function createRequestListener(ctx: HostContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    route(ctx, req, res).catch((err: unknown) => {
      // Unknown failures are logged in full here and leave as a bare code: no stack.
      ctx.log.error('host: request failed', {
        url: req.url,
        error: err instanceof Error ? err.stack : String(err),
      });
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, errorEnvelope('internal', 'Internal error'));
    });
  };
}

async function route(ctx: HostContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const port = ctx.port();
  if (!isAllowedHost(req.headers.host, port)) return sendForbidden(res, 'Host not allowed');

  const url = req.url ?? '';
  // Only origin-form targets ("/path?query"); the raw path is kept undecoded and
  // unnormalised so the traversal checks see exactly what the client sent.
  if (!url.startsWith('/')) return sendNotFound(res);
  const queryAt = url.indexOf('?');
  const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1));
  const signedIn = tokensEqual(ctx.token, presentedToken(req));

  if (rawPath === '/api' || rawPath.startsWith('/api/') || rawPath.startsWith('/media/')) {
    if (!signedIn) return sendForbidden(res, 'Missing or wrong session token');
    if (!isSameOriginRequest(req, port)) return sendForbidden(res, 'Cross-origin request refused');
    if (rawPath === '/api/events') return openEvents(ctx, req, res);
    if (rawPath.startsWith('/media/')) return serveMedia(ctx, req, res, rawPath);
    return callApi(ctx, req, res, rawPath.slice('/api/'.length));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  if (query.has(TOKEN_QUERY_PARAM)) return exchangeToken(ctx, res, rawPath, query);
  return serveStatic(req, res, rawPath, { rendererDir: ctx.rendererDir, signedIn });
}

/** `?token=…` → session cookie, then a redirect that drops the token from the address bar. */
function exchangeToken(ctx: HostContext, res: ServerResponse, rawPath: string, query: URLSearchParams) {
  if (!tokensEqual(ctx.token, query.get(TOKEN_QUERY_PARAM))) {
    return sendForbidden(res, 'Wrong sign-in token');
  }
  query.delete(TOKEN_QUERY_PARAM);
  const rest = query.toString();
  // Redirect only to a local path: "//evil" would be a protocol-relative URL.
  const path = safeUrlSegments(rawPath) && !rawPath.startsWith('//') ? rawPath : '/';
  res.writeHead(302, {
    Location: rest ? `${path}?${rest}` : path,
    'Set-Cookie': sessionCookie(ctx.token),
    'Cache-Control': 'no-store',
  });
  res.end();
}

function openEvents(ctx: HostContext, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return sendJson(res, 405, errorEnvelope('validation', 'Use GET for /api/events'));
  }
  ctx.sse.open(req, res);
}

async function serveMedia(ctx: HostContext, req: IncomingMessage, res: ServerResponse, rawPath: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  if (!safeUrlSegments(rawPath)) return sendNotFound(res);
  const file = await ctx.backend.resolveMedia(rawPath);
  if (file && (await sendFile(req, res, file, { 'Cache-Control': IMMUTABLE_CACHE }))) return;
  sendNotFound(res);
}

async function callApi(ctx: HostContext, req: IncomingMessage, res: ServerResponse, rawMethod: string) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, errorEnvelope('validation', 'Use POST for API calls'));
  }
  let body: string;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    // Close the connection: the rest of an oversized body is not worth draining.
    res.setHeader('Connection', 'close');
    return sendJson(res, 413, errorEnvelope('validation', 'Request body over 1 MB'));
  }
  let input: unknown;
  try {
    // An empty body means "no input", the same as `{}` for the many Empty methods.
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 200, errorEnvelope('validation', 'Request body is not valid JSON'));
  }
  let method: string;
  try {
    method = decodeURIComponent(rawMethod);
  } catch {
    method = rawMethod;
  }
  sendJson(res, 200, await ctx.backend.dispatch(method, input));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

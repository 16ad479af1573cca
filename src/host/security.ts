import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Name of the session cookie the host issues in exchange for the sign-in token. */
export const SESSION_COOKIE = 'sk_session';
/** Query parameter carrying the token in the URL that `storekeeper serve` prints. */
export const TOKEN_QUERY_PARAM = 'token';

/** A fresh secret per host start: 32 random bytes, base64url. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so the comparison takes
 * the same time whatever the candidate's length (timingSafeEqual needs equal sizes).
 */
export function tokensEqual(expected: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(candidate).digest();
  return timingSafeEqual(a, b);
}

/**
 * DNS-rebinding guard: a page on evil.example whose name re-resolves to 127.0.0.1
 * still sends `Host: evil.example`, so only our own loopback names are accepted.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The origins a page served by this host can have. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * Cross-origin guard for API and media requests. A present `Origin` must be ours;
 * `Sec-Fetch-Site`, when a browser sends it, must say the request came from our own
 * page (or from the address bar). Non-browser clients send neither.
 */
export function isSameOriginRequest(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(origin.toLowerCase())) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  return true;
}

/** Reads one cookie value from a Cookie header. */
export function readCookie(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The token a request presents: `Authorization: Bearer …` first, else the session cookie. */
export function presentedToken(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match ? match[1] : null;
  }
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

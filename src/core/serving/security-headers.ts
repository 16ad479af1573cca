/**
 * The Content-Security-Policy of the renderer. Must stay identical to the `<meta>` in
 * src/renderer/index.html: the HTTP host and the `app://` protocol send it as a
 * header too, because a header also covers responses that are not index.html.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' app: blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response served to the renderer, whatever its status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Content-addressed media never changes under the same URL. */
export const IMMUTABLE_CACHE = 'private, max-age=31536000, immutable';

import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Turns the path part of a URL into path segments that cannot leave a root folder,
 * or null when the path tries to. Shared by the HTTP host and the `app://` protocol
 * so both refuse the same inputs.
 *
 * Refused: encoded separators (`%2f`, `%5c`: a decoded slash would smuggle a `..`
 * past the segment check), backslashes, NUL and other control characters, any segment
 * starting with a dot (`.`, `..`, `%2e%2e`, dotfiles), and `:` (Windows drive letters
 * and alternate data streams). Malformed percent-encoding is refused too.
 */
export function safeUrlSegments(urlPath: string): string[] | null {
  if (typeof urlPath !== 'string' || !urlPath.startsWith('/')) return null;
  if (/%(2f|5c)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  for (const segment of segments) {
    if (segment.startsWith('.') || segment.includes(':')) return null;
  }
  return segments;
}

/** True when `child` is strictly below `root` (both absolute, already resolved). */
export function isStrictlyInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel.length > 0 && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The real path of an existing regular file under `root` named by `urlPath`, or null.
 * Symlinks are followed and the *target* must still be inside the real root, so a
 * link pointing out of the bundle is refused like a `..`.
 */
export async function resolveInside(root: string, urlPath: string): Promise<string | null> {
  const segments = safeUrlSegments(urlPath);
  if (!segments || segments.length === 0) return null;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return null;
  }
  const candidate = resolve(realRoot, ...segments);
  if (!isStrictlyInside(realRoot, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isStrictlyInside(realRoot, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Whether the last segment of a URL path has a file extension (`/app.js` yes, `/products/12` no). */
export function hasFileExtension(urlPath: string): boolean {
  const last = urlPath.split('/').pop() ?? '';
  return /\.[A-Za-z0-9]+$/.test(last);
}

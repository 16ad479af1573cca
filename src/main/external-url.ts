/**
 * Which URLs may leave the app for the system (browser, mail client). No Electron
 * import here, so the check is unit-tested in plain Node (checklist item 15).
 *
 * Only `https:` (with a real host and no credentials) and `mailto:` pass. Everything
 * else, including `http:`, `file:`, `javascript:`, `data:`, `smb:`, UNC paths and
 * OS handler schemes such as `ms-msdt:`, is refused: each can run code or leak
 * credentials when handed to the OS.
 */
export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return false;
  // Control characters and backslashes make parsers disagree; no legitimate link has them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\\s]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^mailto:[^/]/i.test(raw) && url.pathname.includes('@');
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (!url.hostname || !/^[a-z0-9.-]+$/i.test(url.hostname)) return false;
  return raw.toLowerCase().startsWith('https://');
}

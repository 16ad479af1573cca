import { spawn } from 'node:child_process';

/** True on CI machines, where no one is there to look at a browser. */
export const isCi = (env: NodeJS.ProcessEnv = process.env): boolean =>
  !!env.CI && env.CI !== 'false' && env.CI !== '0';

/**
 * Opens `url` in the system browser. Best effort: a headless machine has no
 * browser, and failing to open one must not stop the server.
 */
export function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? // `start` is a cmd builtin; the empty "" is the window title it expects first.
          ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // ignored on purpose: see above
  }
}

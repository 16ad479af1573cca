/**
 * Platform seams. Core never imports Electron: the shell, the host, the CLI and
 * tests each supply these.
 */
export interface Clock {
  /** Milliseconds since the epoch. Tests pass a virtual clock. */
  now(): number;
}

export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/** Stores credentials outside SQLite (Electron safeStorage, or a 0600 file). */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Human-readable warning when secrets are weakly protected (no keyring). */
  readonly warning: string | null;
}

export const systemClock: Clock = { now: () => Date.now() };

// Logs go to stderr: stdout belongs to command output (e.g. `serve --json` prints one line).
export const consoleLogger: Logger = {
  info: (msg, data) => console.error(`[info] ${msg}`, data ?? ''),
  warn: (msg, data) => console.warn(`[warn] ${msg}`, data ?? ''),
  error: (msg, data) => console.error(`[error] ${msg}`, data ?? ''),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

import type { Envelope, EventName } from '../shared/api';
import type { Clock, Logger, SecretStore } from './ports';

/** What every transport (IPC, HTTP host, in-process, CLI) talks to. */
export interface Backend {
  /** Validates, runs and wraps one contract call. Never throws: errors come back in the envelope. */
  dispatch(method: string, raw: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to push events (jobs.progress, db.changed). Returns an unsubscribe function. */
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Absolute path of a stored media file for a `/media/...` URL path, or null if unknown/unsafe. */
  resolveMedia(urlPath: string): Promise<string | null>;
  /** Finishes running jobs' current step, closes the database. */
  close(): Promise<void>;
  readonly dataDir: string;
}

export interface BackendOptions {
  /** Folder holding storekeeper.db and media/. Created if missing. */
  dataDir: string;
  appVersion: string;
  /** Electron version when running inside the app, for `app.doctor`. */
  electronVersion?: string | null;
  clock?: Clock;
  logger?: Logger;
  secrets?: SecretStore;
  /** Start the job runner (default true). The CLI turns it off for one-shot commands. */
  runJobs?: boolean;
  /** Validate handler outputs against the contract (default true; cheap at page sizes). */
  validateOutput?: boolean;
}

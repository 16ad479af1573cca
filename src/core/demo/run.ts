import type { JOB_STEPS } from '../../shared/i18n/core-keys';
import type { DB } from '../db/open';
import type { StoreCalendar } from './local-time';
import type { DemoSizes } from './sizes';

export type DemoStep = (typeof JOB_STEPS)[number];

/** Progress callback: `done`/`total` are work units over the whole generation. */
export type DemoProgress = (done: number, total: number, step: DemoStep) => void;

/** Shared state of one generation: every step reads its inputs from here. */
export interface DemoRun {
  db: DB;
  seed: number;
  sizes: DemoSizes;
  calendar: StoreCalendar;
  /** End of the generated history, UTC seconds. */
  nowTs: number;
  mediaDir: string;
  signal?: AbortSignal;
  progress: ProgressTracker;
}

export function abortError(): Error {
  const error = new Error('demo generation was cancelled');
  error.name = 'AbortError';
  return error;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Lets queued callbacks (abort, progress events, sharp completions) run between batches. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Planning loops pause this often, so the host's event loop never stalls for long. */
export const PAUSE_EVERY = 4000;

/** A pause inside a long planning loop: lets the event loop run, then honours cancellation. */
export async function pause(signal: AbortSignal | undefined): Promise<void> {
  await yieldToEventLoop();
  throwIfAborted(signal);
}

/**
 * Global progress over planned work units. Each step has a planned size; when a step ends
 * the count snaps to its planned end, so estimates never push `done` past `total`.
 */
export class ProgressTracker {
  private done = 0;
  private stepStart = 0;
  private stepEnd = 0;
  private current: DemoStep = 'reset';

  constructor(
    private readonly plan: Partial<Record<DemoStep, number>>,
    private readonly report: DemoProgress | undefined,
  ) {}

  get total(): number {
    return Object.values(this.plan).reduce((a, b) => a + (b ?? 0), 0);
  }

  begin(step: DemoStep): void {
    this.stepStart = this.stepEnd;
    this.done = this.stepStart;
    this.stepEnd = this.stepStart + (this.plan[step] ?? 0);
    this.current = step;
    this.report?.(this.done, this.total, step);
  }

  advance(units: number): void {
    this.done = Math.min(this.stepEnd, this.done + units);
    this.report?.(Math.round(this.done), this.total, this.current);
  }

  finish(): void {
    this.done = this.stepEnd;
    this.report?.(Math.round(this.done), this.total, this.current);
  }
}

/**
 * Writes rows in large transactions (never per-row autocommit), yielding and checking for
 * cancellation between batches. `write` runs inside the transaction.
 */
export async function writeInBatches<T>(
  run: DemoRun,
  rows: readonly T[],
  write: (row: T, index: number) => void,
  opts: { batchSize?: number; unitsPerRow?: number } = {},
): Promise<void> {
  const batchSize = opts.batchSize ?? 4000;
  const units = opts.unitsPerRow ?? 1;
  for (let start = 0; start < rows.length; start += batchSize) {
    throwIfAborted(run.signal);
    const end = Math.min(rows.length, start + batchSize);
    run.db.transaction(() => {
      for (let i = start; i < end; i++) write(rows[i], i);
    })();
    run.progress.advance((end - start) * units);
    await yieldToEventLoop();
  }
}

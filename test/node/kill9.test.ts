import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../src/core/db/open';
import { insertProduct } from './helpers/fixtures';
import { applyToModel, editFor, KILL9_PRODUCTS, originalFields, prng, type Kill9Fields } from './helpers/kill9-edits';
import { readOutbox, readProductFields } from './helpers/outbox-rows';
import { tempDir } from './helpers/temp-dir';

/**
 * kill -9 while editing: a child process applies scripted edits through applyEdit and is
 * SIGKILLed at seeded random moments. After every kill the database must be intact, hold
 * every acknowledged edit, and contain no edit without its op or op without its edit.
 */
const ROOT = resolve(__dirname, '../..');
const CHILD = join(ROOT, 'test/node/helpers/edit-loop.ts');
const SEED = 9;
const ROUNDS = 12;

const t = tempDir('sk-kill9-');
// A failed or timed-out round must not leave its child editing in the background.
const children = new Set<ReturnType<typeof spawn>>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  t.cleanup();
});

interface RoundResult {
  acked: number[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs the child from edit `first` and SIGKILLs it once it has acknowledged `killAfter`
 * edits (0: right after start-up). The child keeps editing while the parent reacts, so the
 * kill lands at an arbitrary point of its loop, mid-transaction included.
 */
function runAndKill(file: string, first: number, killAfter: number): Promise<RoundResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(first), String(SEED)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    let out = '';
    let stderr = '';
    let killed = false;
    let newlines = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      for (const ch of chunk) if (ch === '\n') newlines++;
      // newlines counts "ready" too, so the child has acknowledged newlines - 1 edits.
      if (!killed && newlines - 1 >= killAfter && newlines > 0) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'close' fires after stdout is drained, so every number the child wrote is in `out`.
    child.on('close', (_code, signal) => {
      const lines = out.split('\n');
      lines.pop(); // an unterminated last line was cut by the kill: not acknowledged
      resolvePromise({ acked: lines.filter((l) => l !== 'ready').map(Number), signal, stderr });
    });
  });
}

function modelAfter(count: number): Kill9Fields[] {
  const model = Array.from({ length: KILL9_PRODUCTS }, (_, i) => originalFields(i));
  for (let k = 1; k <= count; k++) applyToModel(model, editFor(SEED, k));
  return model;
}

const rowsOf = (db: DB): Kill9Fields[] => Array.from({ length: KILL9_PRODUCTS }, (_, i) => readProductFields(db, i + 1));

/** Every row equals base ⊕ patch of its op, the base is the original, and unchanged rows have no op. */
function assertRowsMatchOps(db: DB): void {
  const ops = readOutbox(db);
  expect(ops.every((o) => o.state === 'pending' && o.kind === 'update' && o.type === 'product')).toBe(true);
  expect(new Set(ops.map((o) => o.entityId)).size).toBe(ops.length);
  for (let i = 0; i < KILL9_PRODUCTS; i++) {
    const original = originalFields(i);
    const row = readProductFields(db, i + 1);
    const op = ops.find((o) => o.entityId === String(i + 1));
    const changed = (Object.keys(original) as (keyof Kill9Fields)[]).filter((f) => row[f] !== original[f]);
    if (changed.length === 0) {
      expect(op, `product ${i + 1} is unchanged but has an op`).toBeUndefined();
      continue;
    }
    expect(op, `product ${i + 1} changed without an op`).toBeDefined();
    expect(Object.keys(op!.patch).sort()).toEqual([...changed].sort());
    expect({ ...original, ...op!.base }).toEqual(original);
    expect({ ...original, ...op!.base, ...op!.patch }).toEqual(row);
  }
}

describe('kill -9 during edits', () => {
  // Generous timeout: each round starts a tsx child, which is slow on a loaded 2-core machine.
  it(`keeps rows and outbox consistent across ${ROUNDS} SIGKILLs`, async () => {
    const file = join(t.dir, 'kill9.db');
    {
      const { db } = await openDatabase(file);
      for (let i = 0; i < KILL9_PRODUCTS; i++) insertProduct(db, { ...originalFields(i) });
      db.close();
    }
    const random = prng(SEED);
    let applied = 0;
    let totalAcked = 0;
    let totalRequested = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const killAfter = round === 0 ? 0 : Math.floor(random() * 500);
      totalRequested += killAfter;
      const result = await runAndKill(file, applied + 1, killAfter);
      expect(result.stderr).toBe('');
      expect(result.signal).toBe('SIGKILL');
      expect(result.acked).toEqual(result.acked.map((_, j) => applied + 1 + j));
      const lastAcked = result.acked.at(-1) ?? applied;
      totalAcked += result.acked.length;

      const { db } = await openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        assertRowsMatchOps(db);
        // The child may have committed one more edit than it managed to print, never fewer.
        const rows = rowsOf(db);
        const candidates = [lastAcked, lastAcked + 1];
        const matched = candidates.find((n) => JSON.stringify(modelAfter(n)) === JSON.stringify(rows));
        expect(matched, `round ${round}: state matches neither edit ${lastAcked} nor ${lastAcked + 1}`).toBeDefined();
        applied = matched!;
      } finally {
        db.close();
      }
    }
    // The rounds must actually have edited, or the test proves nothing.
    expect(totalAcked).toBeGreaterThanOrEqual(totalRequested);
    expect(totalRequested).toBeGreaterThan(ROUNDS);
  }, 300_000);
});

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'sk-cli-demo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cli = runCli;

describe('storekeeper demo', () => {
  // The small demo store takes tens of seconds of CPU on a 2-core machine.
  it('creates the demo store through the job runner: progress on stderr, counts on stdout', { timeout: 300_000 }, async () => {
    const dataDir = join(tmp, 'store');
    const run = await cli(['demo', '--seed', '3', '--scale', 'small', '--json', '--data-dir', dataDir]);
    expect(run.stderr).not.toMatch(/storekeeper: (error|unexpected)/);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^demo: \w+/m);

    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]);
    expect(summary).toMatchObject({ seed: 3, scale: 'small', dataDir });
    for (const table of ['products', 'variants', 'images', 'reviews', 'orders', 'customers']) {
      expect(summary.counts[table], table).toBeGreaterThan(0);
    }

    // The store is really there for the next command.
    const doctor = await cli(['doctor', '--json', '--data-dir', dataDir]);
    expect(doctor.code).toBe(0);
    expect(JSON.parse(doctor.stdout).dbSizeBytes).toBeGreaterThan(100_000);
  });
});

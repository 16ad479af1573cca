/**
 * Times the demo store generator: wall and CPU seconds per step, row counts, and the longest
 * event-loop stall. Usage: npx tsx scripts/bench-demo.ts --scale small|full [--seed 1]
 * [--time-zone America/New_York] [--keep]. Works in a temp folder (removed unless --keep).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../src/core/db/open';
import { generateDemoStore } from '../src/core/demo/generate';
import type { DemoStep } from '../src/core/demo/run';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

async function main(): Promise<void> {
  const scale = option('scale', 'small');
  if (scale !== 'small' && scale !== 'full') throw new Error('--scale must be small or full');
  const seed = Number(option('seed', '1'));
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-demo-'));
  const { db } = await openDatabase(join(dir, 'storekeeper.db'));
  const zone = option('time-zone', '');
  if (zone) db.prepare("INSERT INTO settings(key, value) VALUES ('timezone', ?)").run(JSON.stringify(zone));

  const steps: { step: DemoStep; wall: number; cpu: number }[] = [];
  let current: { step: DemoStep; wall: number; cpu: NodeJS.CpuUsage } | null = null;
  const close = () => {
    if (current) steps.push({ step: current.step, wall: (performance.now() - current.wall) / 1000, cpu: cpuSeconds(process.cpuUsage(current.cpu)) });
  };
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const counts = await generateDemoStore(db, {
    seed,
    scale,
    mediaDir: join(dir, 'media'),
    onProgress: (_done, _total, step) => {
      if (current?.step === step) return;
      close();
      current = { step, wall: performance.now(), cpu: process.cpuUsage() };
    },
  });
  close();
  lag.disable();
  const wall = (performance.now() - wall0) / 1000;
  const cpu = cpuSeconds(process.cpuUsage(cpu0));

  console.log(`demo store, scale ${scale}, seed ${seed}${zone ? `, ${zone}` : ''}`);
  for (const s of steps) console.log(`  ${s.step.padEnd(10)} wall ${s.wall.toFixed(2).padStart(7)} s   cpu ${s.cpu.toFixed(2).padStart(7)} s`);
  console.log(`  ${'total'.padEnd(10)} wall ${wall.toFixed(2).padStart(7)} s   cpu ${cpu.toFixed(2).padStart(7)} s (both cores; sharp runs on libuv threads)`);
  console.log(`  longest event-loop stall ${(lag.max / 1e6).toFixed(0)} ms`);
  const rows = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const tables = ['products', 'variants', 'images', 'media_files', 'reviews', 'customers', 'orders', 'order_lines', 'refunds', 'checkouts', 'sessions', 'survey_responses'];
  console.log('  counts', JSON.stringify(counts));
  console.log('  rows  ', tables.map((t) => `${t}=${rows(t)}`).join(' '));
  db.close();
  if (process.argv.includes('--keep')) console.log(`  kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * Photo pipeline figures, all measured in one run (platform.md §1 goals G1, G3, G5):
 *   floor       shrink-on-load JPEG decode to raw at 1/8 (the cheapest possible 400 px path)
 *   webp400     12 MP JPEG → 400 px WebP (the pipeline's settings), ratio to the floor (goal ≤ 1.5×)
 *   full set    processImage: w1600.webp + w400.webp + w400.avif + hashes + stored original,
 *               CPU ms per photo (goal ≤ 450 ms)
 *   in flight   the same pipeline in the worker pool, 1 vs 2 photos in flight (goal ≥ 1.8×)
 *   fuzz        mutated/truncated/bomb corpus: crashes, codes, max bomb rejection (goal < 50 ms)
 * Usage: npm run bench -- images [-- --fuzz 2000] [--photos 8]
 * Inputs: eight generated 4000×3000 photo-like JPEGs (smooth colour field + heavy grain, q90; ~3 MB like a phone photo).
 */
import { resolve } from 'node:path';
import sharp from 'sharp';
import { createWorkerPool } from '../src/core/jobs/pool';
import { processImage, type PipelineResult } from '../src/core/media/pipeline';
// The generators the tests use, so the bench and the CI fuzz test share one corpus definition.
import { fuzzCorpus } from '../test/node/helpers/media-fuzz';
import { photoJpeg } from '../test/node/helpers/media-images';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const f1 = (n: number): string => n.toFixed(1);

async function timeEach(inputs: Buffer[], fn: (b: Buffer) => Promise<unknown>): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const c0 = cpuMs();
    const t0 = performance.now();
    await fn(input);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall, cpu };
}

async function main(): Promise<void> {
  sharp.concurrency(1); // as in the pool workers: parallelism comes from photos in flight
  const count = option('photos', 8);
  const fuzzCount = option('fuzz', 300);
  console.log(`generating ${count} photo-like 4000×3000 JPEGs (q90)…`);
  const photos = await Promise.all(Array.from({ length: count }, (_, i) => photoJpeg(4000, 3000, 1000 + i, 90, 40)));
  console.log(`  ${f1(photos.reduce((n, p) => n + p.length, 0) / count / 1e6)} MB each\n`);

  // Warm-up (codec init, page cache), then alternate so load drift hits both alike.
  await sharp(photos[0]).resize({ width: 500 }).raw().toBuffer();
  await processImage(photos[0]);
  const floor = await timeEach(photos, (p) => sharp(p).resize({ width: 500 }).raw().toBuffer());
  const webp = await timeEach(photos, (p) => sharp(p).rotate().resize({ width: 400 }).webp({ quality: 80, effort: 2 }).toBuffer());
  const full = await timeEach(photos, async (p) => {
    const r = await processImage(p);
    if (!r.ok) throw new Error(`bench photo rejected: ${r.code}`);
  });
  console.log('one thread, per photo (median / p95)          wall ms        CPU ms');
  const row = (name: string, t: { wall: number[]; cpu: number[] }) =>
    console.log(`  ${name.padEnd(44)} ${f1(median(t.wall)).padStart(6)} / ${f1(pct(t.wall, 95)).padStart(6)}  ${f1(median(t.cpu)).padStart(6)}`);
  row('floor: shrink-on-load decode 1/8 → raw', floor);
  row('400 px WebP (q80, effort 2)', webp);
  row('full set: original + w1600/w400 WebP + AVIF e2', full);
  console.log(`  400 px WebP / floor (CPU medians):            ${(median(webp.cpu) / median(floor.cpu)).toFixed(2)}×   (goal ≤ 1.5×)`);
  console.log(`  full set CPU per photo:                       ${f1(median(full.cpu))} ms (goal ≤ 450 ms)\n`);

  const pool = createWorkerPool({ entry: resolve(__dirname, '../src/core/jobs/worker-entry.ts'), size: 2 });
  try {
    const run = (p: Buffer) => pool.run<PipelineResult>('media.process', { bytes: new Uint8Array(p) });
    await Promise.all([run(photos[0]), run(photos[1])]); // warm both workers
    const throughput = async (inFlight: number): Promise<number> => {
      const t0 = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next < photos.length) await run(photos[next++]);
        }),
      );
      return photos.length / ((performance.now() - t0) / 1000);
    };
    const one = await throughput(1);
    const two = await throughput(2);
    console.log('worker pool, full pipeline');
    console.log(`  1 in flight: ${one.toFixed(2)} photos/s, 2 in flight: ${two.toFixed(2)} photos/s → ${(two / one).toFixed(2)}× (goal ≥ 1.8×)\n`);
  } finally {
    await pool.close();
  }

  const corpus = await fuzzCorpus(fuzzCount, 20260101);
  const codes = new Map<string, number>();
  const bombMs: number[] = [];
  let crashes = 0;
  for (const input of corpus) {
    const t0 = performance.now();
    try {
      const r = await processImage(input.bytes);
      const key = r.ok ? 'imported' : r.code;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    } catch {
      crashes++;
    }
    if (input.kind === 'bomb') bombMs.push(performance.now() - t0);
  }
  console.log(`fuzz: ${corpus.length} inputs (${bombMs.length} bombs), crashes ${crashes}`);
  console.log(`  outcomes: ${[...codes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`  bomb rejection: median ${f1(median(bombMs))} ms, max ${f1(Math.max(...bombMs))} ms (goal < 50 ms)`);
  const u = process.cpuUsage();
  console.log(`\nprocess CPU ${f1((u.user + u.system) / 1e6)} s, wall ${f1(process.uptime())} s`);
  if (crashes > 0) process.exitCode = 1;
}

void main();

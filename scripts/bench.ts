/**
 * `npm run bench -- <name> [options]`: runs one benchmark, which prints its own figures.
 * Record results in docs/benchmarks.md (with the machine load at the time: we share 2 cores).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES: Record<string, { script: string; about: string }> = {
  demo: { script: 'bench-demo.ts', about: 'demo store generation per step (--scale small|full, --seed N)' },
  images: { script: 'bench-images.ts', about: 'photo pipeline: floor ratio, CPU per photo, 1 vs 2 in flight, fuzz (--fuzz N)' },
  catalog: { script: 'bench-catalog.ts', about: '100k products: bulk insert, typeahead, list pages (--products N)' },
};

const [name, ...rest] = process.argv.slice(2);
if (!name || !BENCHES[name]) {
  console.error(`usage: npm run bench -- <name> [options]\n\nbenchmarks:\n${Object.entries(BENCHES)
    .map(([n, b]) => `  ${n.padEnd(8)} ${b.about}`)
    .join('\n')}`);
  process.exit(name ? 2 : 0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, BENCHES[name].script), ...rest], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

import { DemoScale } from '../../shared/schemas/app';
import type { Job } from '../../shared/schemas/job';
import type { Command } from '../command';
import { choiceOption, intOption } from '../args';
import { CommandFailure, EXIT_OK } from '../errors';
import { openBackend } from '../open-backend';
import { watchJobs } from '../wait-for-job';

type StoreCounts = Record<string, number>;

export const demoCommand: Command = {
  name: 'demo',
  summary: 'create (or reset to) the seeded demo store',
  help: `Usage: storekeeper demo [--seed N] [--scale small|full] [--json]

Replaces the store in the data folder with a generated demo store: products with
images (some deliberately defective), customers, orders, reviews and questions.
The same seed always gives the same store.

Options:
  --seed N              seed of the generator, 0 to 2147483647 (default 1)
  --scale small|full    small is quick; full is the large demo (default small)

Progress goes to stderr; the summary (row counts) to stdout.`,
  options: {
    seed: { type: 'string' },
    scale: { type: 'string' },
  },
  async run(ctx) {
    // Checked before the data folder is touched: a typo must not reset anything.
    const seed = intOption(ctx.values.seed, 'seed', 0, 2 ** 31 - 1) ?? 1;
    const scale = choiceOption(ctx.values.scale, 'scale', DemoScale.options) ?? 'small';

    const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: true, verbose: ctx.verbose });
    const jobs = watchJobs(backend);
    let jobId: number | null = null;
    const cancel = () => {
      ctx.io.err('storekeeper: cancelling the demo job…');
      if (jobId !== null) void backend.dispatch('jobs.cancel', { id: jobId });
    };
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    try {
      const created = await backend.dispatch('demo.create', { seed, scale });
      if (!created.ok) throw CommandFailure.fromEnvelope('demo', created.error);
      jobId = (created.value as { jobId: number }).jobId;

      const job = await jobs.waitFor(jobId, (j) => ctx.io.err(progressLine(j)));
      if (job.state !== 'succeeded') {
        const why = job.error ? `${job.error.message} [${job.error.code}]` : job.state;
        throw new CommandFailure(`demo: the demo job ${job.state}: ${why}`, job.error?.code);
      }

      const status = await backend.dispatch('demo.status', {});
      if (!status.ok) throw CommandFailure.fromEnvelope('demo.status', status.error);
      const counts = (status.value as { counts: StoreCounts }).counts;
      if (ctx.json) {
        ctx.io.out(JSON.stringify({ jobId, seed, scale, dataDir: ctx.dataDir, counts }));
      } else {
        ctx.io.out(`Demo store ready in ${ctx.dataDir} (seed ${seed}, scale ${scale})`);
        for (const [table, n] of Object.entries(counts)) ctx.io.out(`  ${table.padEnd(10)} ${n}`);
      }
      return EXIT_OK;
    } finally {
      process.off('SIGINT', cancel);
      process.off('SIGTERM', cancel);
      jobs.stop();
      await backend.close();
    }
  },
};

function progressLine(job: Job): string {
  const step = job.step ? job.step.replace(/^jobs\.step\./, '') : job.state;
  const amount = job.total > 0 ? ` ${job.done}/${job.total}` : '';
  return `demo: ${step}${amount}`;
}

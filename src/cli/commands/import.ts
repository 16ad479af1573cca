import { resolve } from 'node:path';
import type { CsvImportPreview, CsvIssue } from '../../shared/schemas/catalog-io';
import type { Job } from '../../shared/schemas/job';
import type { Command, CommandContext } from '../command';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, UsageError } from '../errors';
import { openBackend } from '../open-backend';
import { watchJobs } from '../wait-for-job';

export const importCommand: Command = {
  name: 'import',
  summary: 'import products from a Shopify product CSV (all or nothing)',
  help: `Usage: storekeeper import shopify-csv <file> [--dry-run] [--json]

Reads a product CSV in the format Shopify's admin exports (UTF-8 with or without
BOM, comma or semicolon separated). Products are matched by Handle and updated,
new ones are created; variants are matched by SKU. Image URLs are recorded and
downloaded later.

A file with any row error imports nothing: the errors are printed with their line
numbers and the command exits 1.

Options:
  --dry-run    check the file and print what would change, without importing`,
  options: { 'dry-run': { type: 'boolean' } },
  maxPositionals: 2,
  async run(ctx) {
    const file = csvFileArgument(ctx, 'import');
    const dryRun = ctx.values['dry-run'] === true;
    const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: !dryRun, verbose: ctx.verbose });
    const jobs = watchJobs(backend);
    try {
      const previewed = await backend.dispatch('catalog.previewShopifyCsv', { path: file });
      if (!previewed.ok) throw CommandFailure.fromEnvelope('import', previewed.error);
      const preview = previewed.value as CsvImportPreview;
      const failed = preview.errors.length > 0;
      if (dryRun || failed) {
        if (ctx.json) ctx.io.out(JSON.stringify({ file, dryRun, imported: false, ...preview }));
        else for (const line of formatPreview(preview, dryRun)) ctx.io.out(line);
        return failed ? EXIT_FAILURE : EXIT_OK;
      }
      const enqueued = await backend.dispatch('catalog.importShopifyCsv', { path: file });
      if (!enqueued.ok) throw CommandFailure.fromEnvelope('import', enqueued.error);
      const job = await jobs.waitFor((enqueued.value as { jobId: number }).jobId, (j) => {
        if (!ctx.json) ctx.io.err(progressLine(j));
      });
      if (job.state !== 'succeeded') {
        const why = job.error ? `${job.error.message} [${job.error.code}]` : job.state;
        throw new CommandFailure(`import: the import job ${job.state}: ${why}`, job.error?.code);
      }
      if (ctx.json) ctx.io.out(JSON.stringify({ file, dryRun, imported: true, ...preview }));
      else for (const line of formatPreview(preview, false)) ctx.io.out(line);
      return EXIT_OK;
    } finally {
      jobs.stop();
      await backend.close();
    }
  },
};

/** `<format> <file>`: only shopify-csv exists so far. Shared with export. */
export function csvFileArgument(ctx: CommandContext, command: string): string {
  const [format, file] = ctx.positionals;
  if (format !== 'shopify-csv') throw new UsageError(`${command}: expected the format 'shopify-csv'${format ? `, not '${format}'` : ''}`);
  if (!file) throw new UsageError(`${command}: missing the CSV file`);
  return resolve(file);
}

export function formatPreview(p: CsvImportPreview, dryRun: boolean): string[] {
  const verb = p.errors.length > 0 ? 'Nothing imported' : dryRun ? 'Dry run, nothing imported' : 'Imported';
  const lines = [
    `${verb}: ${p.products} products (${p.creates} new, ${p.updates} updated), ${p.variants} variants, ${p.images} images`,
  ];
  if (p.errors.length > 0) lines.push(`${p.errors.length} row errors:`, ...p.errors.map((e) => `  ${issueLine(e)}`));
  if (p.warnings.length > 0) lines.push(`${p.warnings.length} warnings:`, ...p.warnings.map((w) => `  ${issueLine(w)}`));
  return lines;
}

function issueLine(issue: CsvIssue): string {
  const where = issue.line > 0 ? `line ${issue.line}` : 'file';
  const column = issue.column ? ` [${issue.column}]` : '';
  const params = Object.entries(issue.params).map(([k, v]) => `${k}=${v}`).join(' ');
  return `${where}${column}: ${issue.code}${params ? ` (${params})` : ''}`;
}

function progressLine(job: Job): string {
  const step = job.step ? job.step.replace(/^jobs\.step\./, '') : job.state;
  return `import: ${step}${job.total > 0 ? ` ${job.done}/${job.total}` : ''}`;
}

import type { CsvExportResult } from '../../shared/schemas/catalog-io';
import type { Command } from '../command';
import { CommandFailure, EXIT_OK } from '../errors';
import { openBackend } from '../open-backend';
import { csvFileArgument } from './import';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the catalog as a Shopify product CSV',
  help: `Usage: storekeeper export shopify-csv <file> [--json]

Writes every product (not those in the recycle bin) in the format Shopify's admin
imports: UTF-8 with BOM, CRLF line endings, one row per variant and per extra image.
An existing file is replaced.`,
  options: {},
  maxPositionals: 2,
  async run(ctx) {
    const file = csvFileArgument(ctx, 'export');
    const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: false, verbose: ctx.verbose });
    try {
      const reply = await backend.dispatch('catalog.exportShopifyCsv', { path: file });
      if (!reply.ok) throw CommandFailure.fromEnvelope('export', reply.error);
      const r = reply.value as CsvExportResult;
      if (ctx.json) ctx.io.out(JSON.stringify(r));
      else ctx.io.out(`Exported ${r.products} products, ${r.variants} variants, ${r.images} images (${r.rows} rows) to ${r.path}`);
      return EXIT_OK;
    } finally {
      await backend.close();
    }
  },
};

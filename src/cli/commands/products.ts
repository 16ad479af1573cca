import type { ProductDetail, ProductRow } from '../../shared/schemas/catalog';
import type { Command } from '../command';
import { intOption } from '../args';
import { CommandFailure, EXIT_OK, UsageError } from '../errors';
import { openBackend } from '../open-backend';

interface ListedProduct {
  id: number;
  handle: string;
  title: string;
  status: string;
  variants: { sku: string; priceMinor: number; currency: string }[];
}

export const productsCommand: Command = {
  name: 'products',
  summary: 'list products with their handle and variants (sku, price)',
  help: `Usage: storekeeper products list [--query Q] [--limit N] [--json]

Lists products, most recently edited first, with their handle and each variant's
SKU and price (in minor units of the store currency). --query matches title, SKU,
handle and tags in any of the store's languages, as the app's search does.

Options:
  --query Q    only products matching Q
  --limit N    at most N products, 1 to 100000 (default 50)

With --json, prints one JSON array: [{id, handle, title, status, variants:[{sku, priceMinor, currency}]}].`,
  options: {
    query: { type: 'string' },
    limit: { type: 'string' },
  },
  maxPositionals: 1,
  async run(ctx) {
    const sub = ctx.positionals[0] ?? 'list';
    if (sub !== 'list') throw new UsageError(`products: unknown subcommand "${sub}" (try: products list)`);
    const limit = intOption(ctx.values.limit, 'limit', 1, 100_000) ?? 50;
    const q = typeof ctx.values.query === 'string' ? ctx.values.query : undefined;
    const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: false, verbose: ctx.verbose });
    const listed: ListedProduct[] = [];
    try {
      let after: string | undefined;
      while (listed.length < limit) {
        const reply = await backend.dispatch('catalog.listProducts', { q, limit: Math.min(500, limit - listed.length), after });
        if (!reply.ok) throw CommandFailure.fromEnvelope('products list', reply.error);
        const page = reply.value as { items: ProductRow[]; next: string | null };
        for (const row of page.items) listed.push(await withVariants(backend, row));
        if (!page.next) break;
        after = page.next;
      }
    } finally {
      await backend.close();
    }
    if (ctx.json) ctx.io.out(JSON.stringify(listed));
    else for (const line of formatProducts(listed)) ctx.io.out(line);
    return EXIT_OK;
  },
};

async function withVariants(backend: Awaited<ReturnType<typeof openBackend>>, row: ProductRow): Promise<ListedProduct> {
  const reply = await backend.dispatch('catalog.getProduct', { id: row.id });
  if (!reply.ok) throw CommandFailure.fromEnvelope('products list', reply.error);
  const detail = reply.value as ProductDetail;
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    status: row.status,
    variants: detail.variants.map((v) => ({ sku: v.sku, priceMinor: v.priceMinor, currency: detail.currency })),
  };
}

export function formatProducts(products: ListedProduct[]): string[] {
  if (products.length === 0) return ['No products.'];
  return products.flatMap((p) => [
    `${p.title}  (${p.handle}, ${p.status})`,
    ...p.variants.map((v) => `    ${v.sku.padEnd(24)} ${(v.priceMinor / 100).toFixed(2)} ${v.currency}`),
  ]);
}

import type { CatalogModel, PlannedCollection, PlannedProduct } from './catalog-model';
import { handleFor, productCopy } from './catalog-copy';
import { planVariants } from './catalog-variants';
import { DAY_SECONDS } from './local-time';
import { forStep } from './random';
import type { DemoSizes } from './sizes';
import { COLOURS } from './vocab/colours';
import { EXTRA_COLLECTIONS, SERIES } from './vocab/copy';
import { CATEGORIES } from './vocab';

const NEW_ARRIVAL_DAYS = 60;

/** Start of the order history: `months` calendar months before `nowTs` (UTC seconds). */
export function historyStart(nowTs: number, months: number): number {
  const d = new Date(nowTs * 1000);
  d.setUTCMonth(d.getUTCMonth() - months);
  return Math.floor(d.getTime() / 1000);
}

/**
 * The whole catalog, planned in memory before anything is written: categories round-robin
 * (so even a tiny store has every category), nouns cycle within a category, and a few
 * best sellers get most of the orders and reviews.
 */
export function planCatalog(seed: number, sizes: DemoSizes, nowTs: number): CatalogModel {
  const rng = forStep(seed, 'catalog');
  const startTs = historyStart(nowTs, sizes.months);
  const collections: PlannedCollection[] = CATEGORIES.map((c, i) => ({ id: i + 1, handle: c.key, title: c.collection.en }));
  const [newArrivals, giftIdeas, sale] = EXTRA_COLLECTIONS.map((c, i) => ({ id: CATEGORIES.length + i + 1, handle: c.handle, title: c.title }));
  collections.push(newArrivals, giftIdeas, sale);

  const products: PlannedProduct[] = [];
  let nextVariantId = 1;
  for (let i = 0; i < sizes.products; i++) {
    const id = i + 1;
    const categoryIndex = i % CATEGORIES.length;
    const category = CATEGORIES[categoryIndex];
    const seq = Math.floor(i / CATEGORIES.length) + 1;
    const n = category.nouns[(seq - 1) % category.nouns.length];
    const copy = productCopy(rng, category, n, rng.pick(SERIES));
    const plan = planVariants(rng, category, n, `${category.skuPrefix}-${String(seq).padStart(4, '0')}`);

    const statusRoll = rng.next();
    const status = statusRoll < 0.88 ? 'active' : statusRoll < 0.96 ? 'draft' : 'archived';
    // Most of the range existed before the history starts; some products launched during it.
    const createdTs = rng.chance(0.85)
      ? startTs - rng.int(1, 180) * DAY_SECONDS - rng.int(0, DAY_SECONDS)
      : rng.int(startTs, nowTs - 7 * DAY_SECONDS);
    const updatedTs = createdTs + Math.floor(rng.next() * (nowTs - createdTs));
    const isNew = createdTs > nowTs - NEW_ARRIVAL_DAYS * DAY_SECONDS;
    const onSale = plan.variants.some((v) => v.compareAtMinor !== null);

    const tags = rng.sample(category.tags, rng.int(2, 4));
    if (onSale) tags.push('sale');
    if (isNew) tags.push('new');
    const collectionIds = [categoryIndex + 1];
    if (isNew) collectionIds.push(newArrivals.id);
    if (rng.chance(0.12)) collectionIds.push(giftIdeas.id);
    if (onSale) collectionIds.push(sale.id);

    const hasColour = plan.colours.length > 0;
    products.push({
      id,
      handle: handleFor(copy.titles.en, id),
      category,
      categoryIndex,
      ...copy,
      vendor: rng.pick(category.vendors),
      status,
      createdTs,
      updatedTs,
      seoTitle: rng.chance(0.7) ? copy.titles.en : null,
      seoDescription: rng.chance(0.5) ? category.features[0].en : null,
      options: plan.options,
      variants: plan.variants.map((v) => ({ ...v, id: nextVariantId++, productId: id })),
      photoColours: hasColour ? plan.colours : [rng.pick(COLOURS)],
      hasColour,
      tags,
      collectionIds,
      imageCount: rng.weighted([2, 3, 4, 5], [25, 40, 25, 10]),
      popularity: 0,
    });
  }

  // Zipf-like popularity over a random ranking, damped for expensive items (a $600 rug sells
  // less often than a $20 tea), which keeps the average order near $150. Drafts never sell.
  const ranking = rng.shuffle(products.map((_, i) => i));
  ranking.forEach((productIndex, rank) => {
    const p = products[productIndex];
    const cheapest = Math.min(...p.variants.map((v) => v.priceMinor));
    p.popularity = p.status === 'draft' ? 0 : Math.min(1, Math.pow(4000 / cheapest, 0.6)) / Math.pow(rank + 1, 0.8);
  });

  const tagNames = [...new Set(products.flatMap((p) => p.tags))];
  return { products, collections, tagNames };
}

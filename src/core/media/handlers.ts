import type { HandlersFor } from '../context';
import type { MediaMethod } from '../../shared/api/names-types';
import { bulkAltApply, bulkAltRows } from './bulk-alt';
import { bindVariants, listAllImages, listGallery, removeImages, reorder, setAlt, setPrimary } from './gallery';
import { previewImport } from './import-plan';
import { importStatus } from './import-status';
import { planImport, resolveProductRef } from './import-plan';
import { ApiError } from '../../shared/api/errors';
import type { DB } from '../db/open';

/** Product photo methods (issue #3): thin adapters over the media services. */
export const mediaHandlers = {
  'media.previewImport': (input, ctx) => previewImport(ctx.db, input),
  'media.import': (input, ctx) => {
    // Fails fast on a missing product before a job exists.
    if (input.match === undefined) planImport(ctx.db, input, []);
    return { jobId: ctx.jobs.enqueue('media.import', input).id };
  },
  'media.importStatus': ({ jobId }, ctx) => importStatus(ctx, jobId),
  'media.listImages': ({ productId, productSku }, ctx) => {
    if (productId !== undefined) return listGallery(ctx.db, productId);
    if (productSku !== undefined) return listGallery(ctx.db, requireProduct(ctx.db, productSku));
    return listAllImages(ctx.db);
  },
  'media.reorder': ({ productId, imageIds }, ctx) => reorder(ctx.db, ctx.clock, productId, imageIds),
  'media.setPrimary': ({ imageId }, ctx) => setPrimary(ctx.db, ctx.clock, imageId),
  'media.bindVariants': ({ imageId, variantIds }, ctx) => bindVariants(ctx.db, ctx.clock, imageId, variantIds),
  'media.remove': ({ imageIds }, ctx) => ({ removed: removeImages(ctx.db, ctx.clock, imageIds) }),
  'media.setAlt': ({ imageId, locale, alt }, ctx) => setAlt(ctx.db, ctx.clock, imageId, locale, alt),
  'media.bulkAltPreview': (input, ctx) => ({ rows: bulkAltRows(ctx.db, input) }),
  'media.bulkAltApply': (input, ctx) => ({ updated: bulkAltApply(ctx.db, ctx.clock, input) }),
} satisfies HandlersFor<MediaMethod>;

function requireProduct(db: DB, ref: string): number {
  const id = resolveProductRef(db, ref);
  if (!id) throw new ApiError('not_found', `product ${ref} not found`, { i18nKey: 'errors.product_not_found', params: { id: ref } });
  return id;
}

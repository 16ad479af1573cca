import { z } from 'zod';
import type { MediaMethod } from '../names-types';
import { query, mutation, type ContractEntry } from '../contract-entry';
import { Id } from '../../schemas/common';
import { JobRef } from '../../schemas/job';
import {
  BindVariantsInput,
  BulkAltInput,
  BulkAltPreview,
  GalleryImage,
  ImageIdInput,
  ImportPreview,
  ImportSource,
  ImportStatus,
  ListImagesInput,
  RemoveImagesInput,
  ReorderInput,
  SetAltInput,
} from '../../schemas/media';

const Gallery = z.array(GalleryImage);
const GALLERY_EDIT = ['images', 'variants', 'products', 'outbox'] as const satisfies readonly string[];

/** Product photos: import pipeline, gallery, alt text. */
export const mediaContract = {
  /**
   * Which file goes to which product and position, without importing: folders are walked,
   * files sniffed (empty / not an image → rejectedEarly), names matched (or all to productId).
   */
  'media.previewImport': query(ImportSource, ImportPreview, ['products', 'variants', 'images']),
  /** Starts the `media.import` job (resumable, cancellable); follow it with media.importStatus. */
  'media.import': mutation(ImportSource, JobRef, ['jobs']),
  /** Progress (n of N, current file, ETA) and per-file outcomes of an import job. */
  'media.importStatus': query(z.object({ jobId: Id }), ImportStatus, ['jobs', 'images']),
  /**
   * A product's gallery in order (or, with no product given, every image by product), with
   * file URLs, alt per locale, hashes, flags and bound variants.
   */
  'media.listImages': query(ListImagesInput, Gallery, ['images', 'variants']),
  /** Sets the gallery order; imageIds must be exactly the product's images. */
  'media.reorder': mutation(ReorderInput, Gallery, [...GALLERY_EDIT]),
  /** Moves an image to position 1 (the others keep their order). */
  'media.setPrimary': mutation(ImageIdInput, Gallery, [...GALLERY_EDIT]),
  /** The variants showing this image (variants of the same product); others lose it. */
  'media.bindVariants': mutation(BindVariantsInput, Gallery, [...GALLERY_EDIT]),
  /** Removes images (files stay while anything references them; the startup sweep removes the rest). */
  'media.remove': mutation(RemoveImagesInput, z.object({ removed: z.number().int() }), [...GALLERY_EDIT]),
  /** Alt text of one image in one language ('' clears it); ≤ 512 chars, the UI warns above 125. */
  'media.setAlt': mutation(SetAltInput, GalleryImage, [...GALLERY_EDIT]),
  /** What a pattern fill of alt text would write, image by image. */
  'media.bulkAltPreview': query(BulkAltInput, BulkAltPreview, ['images', 'products', 'variants']),
  /** Writes the pattern fill: one transaction, every image through the mutation path. */
  'media.bulkAltApply': mutation(BulkAltInput, z.object({ updated: z.number().int() }), [...GALLERY_EDIT]),
} as const satisfies Record<MediaMethod, ContractEntry>;

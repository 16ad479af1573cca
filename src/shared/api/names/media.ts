/** Product photos: import pipeline, gallery, alt text. */
export const MEDIA_METHODS = [
  'media.previewImport',
  'media.import',
  'media.importStatus',
  'media.listImages',
  'media.reorder',
  'media.setPrimary',
  'media.bindVariants',
  'media.setAlt',
  'media.bulkAltPreview',
  'media.bulkAltApply',
  // Last, so the contract-surface samples of the other methods still find their image.
  'media.remove',
] as const;

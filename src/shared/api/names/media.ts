/** Product photos: import pipeline, gallery, alt text. */
export const MEDIA_METHODS = [] as const;

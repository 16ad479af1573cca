/**
 * Alt-text rules shared by the audit summary and (later) per-image findings. Pure
 * functions: the repo registers them as SQL functions so counts stay in SQLite.
 */

/** Camera and export names: "IMG_2041.jpg", "DSC-0012.JPG", "PXL_20240101_…jpg", "photo 3.png". */
const CAMERA_FILE_NAME = /^(img|dsc|image|photo|pxl)?[-_ ]?\d+.*\.(jpe?g|png|webp|gif|heic)$/i;
/** Any text ending in an image extension was pasted from a file name, not written for people. */
const IMAGE_EXTENSION_SUFFIX = /\.(jpe?g|png|webp|gif|heic|heif|avif|tiff?|bmp|svg)$/i;

export function altLooksLikeFileName(alt: string | null | undefined): boolean {
  if (!alt) return false;
  const text = alt.trim();
  return CAMERA_FILE_NAME.test(text) || IMAGE_EXTENSION_SUFFIX.test(text);
}

/** Alt text that says nothing: empty or only whitespace (including no-break spaces). */
export function altIsBlank(alt: string | null | undefined): boolean {
  return !alt || alt.replace(/[\s\u00A0\u200B-\u200F\uFEFF]/g, '') === '';
}

/** Shorter side below this many pixels cannot serve zoom or retina product pages. */
export const TINY_IMAGE_MIN_SIDE = 500;

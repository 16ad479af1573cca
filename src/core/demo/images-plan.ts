import type { CatalogModel, PlannedProduct } from './catalog-model';
import type { OriginalSpec } from './image-render';
import { assignMarks, forStep, type Rng } from './random';
import { BACKDROPS } from './vocab/colours';
import { altText, ANGLE_PHRASES, CAMERA_FILE_NAMES } from './vocab/copy';
import { DEMO_LOCALES, type L4 } from './vocab/types';

/** Deliberate photo defects and their shares of all images (each 3–8 %, at least one each). */
export const PIXEL_DEFECT_SHARES = {
  'exact-duplicate': 0.04,
  'near-duplicate': 0.04,
  tiny: 0.03,
  small: 0.04,
  'exif-rotated': 0.05,
} as const;
export type PixelDefect = keyof typeof PIXEL_DEFECT_SHARES;

export const ALT_DEFECT_SHARES = { missing: 0.05, 'file-name': 0.05 } as const;
export type AltDefect = keyof typeof ALT_DEFECT_SHARES;

export interface PlannedImage {
  id: number;
  productId: number;
  position: number;
  spec: OriginalSpec;
  fileName: string;
  /** Alt text per language; null = no image_alt rows at all. */
  alt: L4 | null;
  pixelDefect: PixelDefect | null;
  altDefect: AltDefect | null;
  colourValue: string | null;
  /** For duplicates: the image whose composition was copied. */
  sourceImageId: number | null;
}

/**
 * Good originals are 1,000–1,200 px on the long side, in a few common aspect ratios. Mostly
 * about a megapixel: rasterising is the main cost of the whole generation.
 */
const GOOD_SIZES: readonly (readonly [number, number])[] = [
  [1000, 1000], [1000, 1000], [1100, 1100], [1100, 1000], [1000, 1100], [1200, 900], [900, 1200], [1200, 1000],
];

function baseSpec(rng: Rng, p: PlannedProduct, position: number, variantSeed: number): OriginalSpec {
  const colour = p.photoColours[(position - 1) % p.photoColours.length];
  const [width, height] = rng.pick(GOOD_SIZES);
  return {
    shape: p.category.shape,
    palette: { main: colour.main, dark: colour.dark, accent: colour.accent },
    backdrop: BACKDROPS[(p.id + position) % BACKDROPS.length],
    angle: position - 1,
    variant: variantSeed,
    width,
    height,
    format: 'jpeg',
    mirror: false,
    hueShift: 0,
    exifOrientation: 0,
  };
}

/** Shortest side in [min, max], the other side up to a third longer, either orientation. */
function smallSize(rng: Rng, min: number, max: number): [number, number] {
  const short = rng.int(min, max);
  const long = Math.round(short * (1 + rng.next() / 3));
  return rng.chance(0.5) ? [short, long] : [long, short];
}

export function planImages(seed: number, catalog: CatalogModel): PlannedImage[] {
  const rng = forStep(seed, 'images');
  const images: PlannedImage[] = [];
  for (const p of catalog.products) {
    const variantSeed = rng.int(1, 2 ** 31 - 1);
    for (let position = 1; position <= p.imageCount; position++) {
      const spec = baseSpec(rng, p, position, variantSeed);
      const colour = p.photoColours[(position - 1) % p.photoColours.length];
      const alt = {} as L4;
      for (const locale of DEMO_LOCALES) {
        alt[locale] = altText(locale, p.titles[locale], p.hasColour ? colour.name[locale] : null, ANGLE_PHRASES[position - 1][locale]);
      }
      images.push({
        id: images.length + 1,
        productId: p.id,
        position,
        spec,
        fileName: `${p.handle}-${position}.jpg`,
        alt,
        pixelDefect: null,
        altDefect: null,
        colourValue: p.hasColour ? colour.value : null,
        sourceImageId: null,
      });
    }
  }

  const pixelMarks = assignMarks(rng, images.length, PIXEL_DEFECT_SHARES);
  const clean = images.filter((_, i) => pixelMarks[i] === null);
  let nearDuplicates = 0;
  pixelMarks.forEach((mark, i) => {
    if (mark) applyPixelDefect(rng, images[i], mark, clean, nearDuplicates);
    if (mark === 'near-duplicate') nearDuplicates++;
  });
  const altMarks = assignMarks(rng, images.length, ALT_DEFECT_SHARES);
  altMarks.forEach((mark, i) => {
    const image = images[i];
    image.altDefect = mark;
    if (mark === 'missing') image.alt = null;
    if (mark === 'file-name') {
      const name = cameraFileName(rng, image.id, image.spec.format);
      image.fileName = name;
      image.alt = { en: name, ar: name, fa: name, ru: name };
    }
  });
  return images;
}

function cameraFileName(rng: Rng, n: number, format: 'jpeg' | 'png'): string {
  const candidates = CAMERA_FILE_NAMES.map((make) => make(n)).filter((name) => name.toLowerCase().endsWith(format === 'png' ? '.png' : '.jpg'));
  return rng.pick(candidates);
}

function applyPixelDefect(rng: Rng, image: PlannedImage, defect: PixelDefect, clean: PlannedImage[], nearIndex: number): void {
  image.pixelDefect = defect;
  const otherProduct = () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const candidate = rng.pick(clean);
      if (candidate.productId !== image.productId) return candidate;
    }
    return clean.find((c) => c.productId !== image.productId) ?? clean[0];
  };
  switch (defect) {
    case 'exact-duplicate': {
      // The same photo attached to a second product: identical spec renders identical bytes.
      const source = otherProduct();
      image.spec = { ...source.spec };
      image.sourceImageId = source.id;
      break;
    }
    case 'near-duplicate': {
      const source = otherProduct();
      // Alternate recoloured and mirrored copies, so even a tiny store has both kinds.
      image.spec = nearIndex % 2 === 1 ? { ...source.spec, mirror: true } : { ...source.spec, hueShift: rng.int(12, 24) };
      image.sourceImageId = source.id;
      break;
    }
    case 'tiny':
    case 'small': {
      const [width, height] = defect === 'tiny' ? smallSize(rng, 120, 190) : smallSize(rng, 220, 480);
      const format = rng.chance(0.5) ? 'png' : 'jpeg';
      image.spec = { ...image.spec, width, height, format };
      image.fileName = format === 'png' ? image.fileName.replace(/\.jpg$/, '.png') : image.fileName;
      break;
    }
    case 'exif-rotated': {
      // Non-square, so a derivative that ignored the tag would come out with swapped sides.
      const [width, height] = rng.chance(0.5) ? [1200, 900] : [900, 1200];
      image.spec = { ...image.spec, width, height, format: 'jpeg', exifOrientation: rng.chance(0.5) ? 6 : 8 };
      image.fileName = `IMG_${7000 + image.id}.JPG`;
      break;
    }
  }
}

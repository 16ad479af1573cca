import { describe, expect, it } from 'vitest';
import { dominantAspect, isAspectMismatch } from '../../src/core/media/rules/aspect';
import { fillAltPattern } from '../../src/core/media/rules/alt-pattern';
import { compareGalleryOrder, matchFileName, normaliseKey } from '../../src/core/media/rules/file-match';
import { NearDuplicateIndex } from '../../src/core/media/rules/near-duplicate';
import { sniffImageFormat } from '../../src/core/media/rules/sniff';
import { stripJpegMetadata } from '../../src/core/media/rules/strip-jpeg';

describe('photographer-folder file names', () => {
  const known = new Map(
    ['SKU123', 'ABC-2', 'tshirt-red', 'کاشان-فرش', 'Ёлка'].map((k) => [normaliseKey(k), k] as const),
  );
  const lookup = (key: string) => known.get(key);

  it.each([
    ['SKU123.jpg', 'SKU123', 1, null],
    ['SKU123_2.jpg', 'SKU123', 2, null],
    ['SKU123-3.png', 'SKU123', 3, null],
    ['sku123 (3).JPG', 'SKU123', 3, null],
    ['SKU123-back.jpg', 'SKU123', null, 'back'],
    ['SKU123_Detail.webp', 'SKU123', null, 'detail'],
    ['ABC-2.jpg', 'ABC-2', 1, null], // the whole name is a SKU: not ABC at position 2
    ['ABC-2_4.jpg', 'ABC-2', 4, null],
    ['tshirt-red-side.jpg', 'tshirt-red', null, 'side'],
    ['/photos/shoot/SKU123_10.jpeg', 'SKU123', 10, null],
    ['ёлка_2.jpg', 'Ёлка', 2, null],
    // Decomposed (NFD) Persian/Russian names from macOS still match.
    ['کاشان-فرش.jpg'.normalize('NFD'), 'کاشان-فرش', 1, null],
    ['Ёлка.jpg'.normalize('NFD'), 'Ёлка', 1, null],
  ])('%s → %s (%s, %s)', (file, target, number, angle) => {
    expect(matchFileName(file, lookup)).toEqual({ target, number, angle });
  });

  it.each(['SKU1234.jpg', 'other.jpg', 'SKU12.jpg', '.jpg'])('%s matches nothing', (file) => {
    expect(matchFileName(file, lookup)).toBeNull();
  });

  it('orders numbers first, then known angles, then other words A–Z', () => {
    const files = [
      { file: 'a-zoom', number: null, angle: 'zoom' },
      { file: 'a-back', number: null, angle: 'back' },
      { file: 'a_3', number: 3, angle: null },
      { file: 'a', number: 1, angle: null },
      { file: 'a-front', number: null, angle: 'front' },
      { file: 'a-detail', number: null, angle: 'detail' },
      { file: 'a_2', number: 2, angle: null },
      { file: 'a-aura', number: null, angle: 'aura' },
    ];
    expect(files.sort(compareGalleryOrder).map((f) => f.file)).toEqual(['a', 'a_2', 'a_3', 'a-front', 'a-back', 'a-detail', 'a-aura', 'a-zoom']);
  });
});

describe('alt text patterns', () => {
  const values = { title: 'Kashan rug', option1: 'Red', option2: '2×3 m', vendor: 'Atelier', n: 2 };
  it.each([
    ['{title} – {option1} – view {n}', 'Kashan rug – Red – view 2'],
    ['{vendor}: {title} ({option2})', 'Atelier: Kashan rug (2×3 m)'],
    ['{title} {unknown}', 'Kashan rug {unknown}'],
  ])('%s', (pattern, expected) => expect(fillAltPattern(pattern, values)).toBe(expected));

  it('drops an empty token together with its separator', () => {
    expect(fillAltPattern('{title} – {option1} – view {n}', { ...values, option1: null })).toBe('Kashan rug – view 2');
    expect(fillAltPattern('{vendor} – {title}', { ...values, vendor: '' })).toBe('Kashan rug');
  });
});

describe('near duplicates and aspect', () => {
  it('finds a near hash, a mirror and prefers the same product', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 1, productId: 10, dhash: 'ffff0000ffff0000', phash: '0123456789abcdef', dhashMirror: '00ff00ff00ff00ff' });
    index.add({ id: 2, productId: 20, dhash: 'ffff0000ffff0001', phash: null, dhashMirror: null });
    expect(index.find({ productId: 20, dhash: 'ffff0000ffff0003', phash: null, dhashMirror: null })).toBe(2);
    expect(index.find({ productId: 10, dhash: 'ffff0000ffff0003', phash: null, dhashMirror: null })).toBe(1);
    expect(index.find({ productId: 30, dhash: '00ff00ff00ff00fe', phash: null, dhashMirror: null })).toBe(1);
    expect(index.find({ productId: 30, dhash: '5555555555555555', phash: 'fedcba9876543210', dhashMirror: null })).toBeNull();
  });

  it('flags a photo more than 5 % off the gallery’s dominant ratio', () => {
    const dominant = dominantAspect([{ width: 1000, height: 1000 }, { width: 800, height: 800 }, { width: 600, height: 800 }]);
    expect(dominant).toBe(1);
    expect(isAspectMismatch({ width: 1040, height: 1000 }, dominant)).toBe(false);
    expect(isAspectMismatch({ width: 1100, height: 1000 }, dominant)).toBe(true);
    expect(isAspectMismatch({ width: 300, height: 400 }, null)).toBe(false);
  });
});

describe('format sniffing and JPEG metadata stripping', () => {
  it('detects formats from bytes only', () => {
    expect(sniffImageFormat(Buffer.from('\x89PNG\r\n\x1a\n0000', 'latin1'))).toBe('png');
    expect(sniffImageFormat(Buffer.from('RIFF0000WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImageFormat(Buffer.from('\0\0\0\x1cftypavif0000', 'latin1'))).toBe('avif');
    expect(sniffImageFormat(Buffer.from('<?xml version="1.0"?><svg', 'latin1'))).toBeNull();
  });

  it('refuses a JPEG stream it does not understand instead of guessing', () => {
    expect(stripJpegMetadata(Buffer.from([0xff, 0xd8, 0x00, 0x00, 0x00]))).toBeNull();
    expect(stripJpegMetadata(Buffer.from('not a jpeg'))).toBeNull();
  });
});

import sharp from 'sharp';
import { jpegHeaderBomb, photoRaw, pngHeaderBomb, seededRandom } from './media-images';

export interface FuzzInput {
  kind: 'mutated' | 'truncated' | 'bomb';
  bytes: Uint8Array;
}

/**
 * A reproducible corpus: seeds are JPEG, PNG and WebP photos; each input flips a few
 * random bytes or truncates at a random point; every 10th input is a bomb (a header
 * claiming 11000² … 60000² pixels, PNG or JPEG). Shared by the CI test and the bench.
 */
export async function fuzzCorpus(count: number, seed: number): Promise<FuzzInput[]> {
  const raw = await photoRaw(480, 360, seed);
  const opts = { raw: { width: 480, height: 360, channels: 3 as const } };
  const seeds = await Promise.all([
    sharp(raw, opts).jpeg({ quality: 85 }).toBuffer(),
    sharp(raw, opts).jpeg({ quality: 85, progressive: true }).toBuffer(),
    sharp(raw, opts).png().toBuffer(),
    sharp(raw, opts).webp({ quality: 80 }).toBuffer(),
  ]);
  const jpegBomb = await jpegHeaderBomb();
  const rnd = seededRandom(seed);
  const out: FuzzInput[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) {
      const side = 11000 + Math.floor(rnd() * 49000);
      out.push({ kind: 'bomb', bytes: i % 20 === 19 ? jpegBomb : pngHeaderBomb(side, side) });
      continue;
    }
    const base = seeds[i % seeds.length];
    if (rnd() < 0.35) {
      out.push({ kind: 'truncated', bytes: base.subarray(0, Math.floor(rnd() * base.length)) });
      continue;
    }
    const bytes = Uint8Array.from(base);
    const flips = 1 + Math.floor(rnd() * 8);
    for (let f = 0; f < flips; f++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
    out.push({ kind: 'mutated', bytes });
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { processImage, REJECTION_CODES } from '../../src/core/media/pipeline';
import { fuzzCorpus } from './helpers/media-fuzz';

/**
 * Seeded fuzz corpus in CI: mutated and truncated JPEG/PNG/WebP plus bombs. Every input
 * must come back imported or rejected with a known code — never a throw or a crash.
 * `npm run bench -- images -- --fuzz 2000` runs the large corpus.
 */
describe('photo pipeline fuzz (seeded)', () => {
  it('processes 240 mutated, truncated and bomb inputs with 0 crashes and only known codes', { timeout: 120_000 }, async () => {
    const corpus = await fuzzCorpus(240, 20260101);
    const outcomes = new Map<string, number>();
    for (const input of corpus) {
      const result = await processImage(input.bytes);
      const key = result.ok ? 'imported' : result.code;
      if (!result.ok) expect(REJECTION_CODES).toContain(result.code);
      if (input.kind === 'bomb') expect(key).toBe('too_many_pixels');
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(corpus.length);
    // The corpus really exercises both sides.
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('corrupt') ?? 0).toBeGreaterThan(0);
  });
});

/**
 * Seeded randomness for the demo store. Every generator step draws from its own stream
 * (`forStep(seed, 'orders')`), so changing how one step consumes numbers never shifts
 * the data of another step: the same seed keeps giving the same store.
 */

/** 32-bit string hash (xmur3 finaliser) used to derive independent stream seeds. */
function hashString(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1) (mulberry32: fast, good enough for synthetic data). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to `weights[i]`. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)];
  }

  /** Exponential with the given mean (waiting times between repeat orders). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** In-place Fisher–Yates shuffle; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(count, items.length));
  }
}

/** An independent stream for one generator step. */
export function forStep(seed: number, step: string): Rng {
  return new Rng(hashString(`${seed}:${step}`));
}

/**
 * Deterministically marks which of `count` items get each defect: the counts are
 * exactly `max(1, round(share × count))` (so tiny test stores still contain every case),
 * and no item gets two marks. Returns one label (or null) per item.
 */
export function assignMarks<L extends string>(rng: Rng, count: number, shares: Readonly<Record<L, number>>): (L | null)[] {
  const marks: (L | null)[] = new Array(count).fill(null);
  const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
  let cursor = 0;
  for (const label of Object.keys(shares) as L[]) {
    const n = Math.max(1, Math.round(shares[label] * count));
    for (let k = 0; k < n && cursor < order.length; k++) marks[order[cursor++]] = label;
  }
  return marks;
}

import { describe, expect, it } from 'vitest';
import { createStoreCalendar, localMonthOfDay } from '../../src/core/demo/local-time';
import { assignMarks, Rng } from '../../src/core/demo/random';
import { arFeminine, nativeDigits, nounPhrase, ruAdjectiveForms } from '../../src/core/demo/vocab/grammar';
import { CATEGORIES, REVIEW_VOCAB } from '../../src/core/demo/vocab';
import { SERIES } from '../../src/core/demo/vocab/copy';
import { COLOURS } from '../../src/core/demo/vocab/colours';
import { SURVEYS } from '../../src/core/demo/vocab/surveys';
import { QUESTION_TOPICS } from '../../src/core/demo/vocab/reviews-types';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe('store calendar (metrics.md §2.1)', () => {
  const ny = createStoreCalendar('America/New_York');
  const wallClock = (zone: string, ts: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(new Date(ts * 1000))
      .replace(',', '');

  it.each([
    ['2025-03-08', '23:30'], ['2025-03-09', '00:30'], ['2025-03-09', '23:30'], ['2025-03-10', '00:30'],
    ['2025-11-01', '23:30'], ['2025-11-02', '00:30'], ['2025-11-02', '23:30'], ['2025-11-03', '00:30'],
  ])('puts %s %s New York time on its own local day around the 2025 DST switches', (date, time) => {
    const localDay = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const [h, m] = time.split(':').map(Number);
    const ts = ny.toUtc(localDay, h * 3600 + m * 60);
    expect(wallClock('America/New_York', ts)).toBe(`${date} ${time}`);
    expect(ny.localDay(ts)).toBe(localDay);
  });

  it('handles half- and quarter-hour offsets', () => {
    for (const zone of ['Asia/Tehran', 'Asia/Kathmandu']) {
      const calendar = createStoreCalendar(zone);
      const day = Date.parse('2025-06-01T00:00:00Z') / 86_400_000;
      const ts = calendar.toUtc(day, 30 * 60);
      expect(wallClock(zone, ts)).toBe('2025-06-01 00:30');
      expect(calendar.localDay(ts)).toBe(day);
      expect(calendar.localDay(ts - 3600)).toBe(day - 1);
    }
  });

  it('numbers months as year × 12 + (month − 1)', () => {
    expect(localMonthOfDay(Date.parse('2025-01-31T00:00:00Z') / 86_400_000)).toBe(2025 * 12);
    expect(localMonthOfDay(Date.parse('2025-12-01T00:00:00Z') / 86_400_000)).toBe(2025 * 12 + 11);
  });
});

describe('seeded randomness', () => {
  it('repeats for a seed and marks exact shares, at least one of each', () => {
    expect(Array.from({ length: 5 }, () => new Rng(9).next())).toEqual(Array.from({ length: 5 }, () => new Rng(9).next()));
    const marks = assignMarks(new Rng(1), 200, { a: 0.05, b: 0.03, c: 0.001 });
    expect(marks.filter((m) => m === 'a')).toHaveLength(10);
    expect(marks.filter((m) => m === 'b')).toHaveLength(6);
    expect(marks.filter((m) => m === 'c')).toHaveLength(1);
  });
});

describe('demo vocabularies', () => {
  it('inflect Russian adjectives and Arabic feminines', () => {
    expect(ruAdjectiveForms('шерстяной')).toEqual({ m: 'шерстяной', f: 'шерстяная', n: 'шерстяное', pl: 'шерстяные' });
    expect(ruAdjectiveForms('мягкий')).toEqual({ m: 'мягкий', f: 'мягкая', n: 'мягкое', pl: 'мягкие' });
    expect(ruAdjectiveForms('шёлковый').pl).toBe('шёлковые');
    expect(arFeminine('منسوج يدويًّا')).toBe('منسوجة يدويًّا');
    expect(arFeminine('من الراتان')).toBe('من الراتان');
    expect(nativeDigits(925, 'fa')).toBe('۹۲۵');
    expect(nativeDigits(18, 'ar')).toBe('١٨');
  });

  it('have at least six categories, each fully translated into the right scripts', () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(6);
    const phrases = [
      ...CATEGORIES.flatMap((c) => [c.collection, ...c.nouns, ...c.materials, ...c.features, ...c.care]),
      ...SERIES,
      ...COLOURS.map((c) => c.name),
    ];
    for (const p of phrases) {
      expect(p.en).toMatch(/^[\x20-\x7E’]+$/);
      expect(p.ar).toMatch(ARABIC_SCRIPT);
      expect(p.fa).toMatch(ARABIC_SCRIPT);
      expect(p.ru).toMatch(CYRILLIC);
    }
    for (const c of CATEGORIES) {
      for (const n of c.nouns) {
        for (const index of n.adj ?? []) expect(c.adjectives[index], `${c.key} ${n.en}`).toBeDefined();
        for (const a of c.adjectives) expect(nounPhrase('ru', n, a)).toMatch(/^[А-ЯЁ]/);
      }
    }
  });

  it('keep Persian letters in Persian and Arabic letters in Arabic titles', () => {
    const nouns = CATEGORIES.flatMap((c) => c.nouns);
    for (const n of nouns) {
      expect(n.fa, n.en).not.toMatch(/[يك]/);
      expect(n.ar, n.en).not.toMatch(/[یک]/);
    }
  });

  it('write review, Q&A and survey texts for all four languages', () => {
    for (const locale of ['en', 'ar', 'fa', 'ru'] as const) {
      const v = REVIEW_VOCAB[locale];
      for (const list of [v.titles.pos, v.titles.neg, v.openings.pos, v.details.neg, v.questions, v.staffAnswers, v.phones, v.urls]) {
        expect(list.length).toBeGreaterThan(1);
      }
      for (const q of v.questions) expect(q).toContain('{name}');
      // Answers are chosen by the question's topic, so every language lists them in one order.
      expect(v.questions).toHaveLength(QUESTION_TOPICS.length);
      for (const t of QUESTION_TOPICS) {
        if (t.staff !== null) expect(v.staffAnswers[t.staff]).toBeDefined();
        if (t.customer !== null) expect(v.customerAnswers[t.customer]).toBeDefined();
      }
      for (const line of v.profanityLines) expect(v.profanity.some((w) => line.toLowerCase().includes(w))).toBe(true);
      expect(SURVEYS[locale].promoter.length).toBeGreaterThan(0);
    }
  });
});

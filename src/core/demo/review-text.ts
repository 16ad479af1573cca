import type { Rng } from './random';
import { nativeDigits } from './vocab/grammar';
import { EMAIL_DOMAINS, PEOPLE } from './vocab/people';
import { REVIEW_VOCAB } from './vocab';
import { QUESTION_TOPICS } from './vocab/reviews-types';
import type { DemoLocale } from './vocab/types';

export type Sentiment = 'pos' | 'neu' | 'neg';
export const sentimentOf = (rating: number): Sentiment => (rating >= 4 ? 'pos' : rating === 3 ? 'neu' : 'neg');

/** What a review may say about its product, already in the review's language. */
export interface ReviewContext {
  name: string;
  material: string;
  /** Null for colourless products (tea): sentences about colour are skipped. */
  colour: string | null;
  /** Whether §-marked (home decor) and ¶-marked (textile) details apply. */
  homeDecor: boolean;
  textile: boolean;
}

const HOME_MARK = '§';
const TEXTILE_MARK = '¶';

function weeks(rng: Rng, locale: DemoLocale): string {
  const n = rng.int(3, 10);
  switch (locale) {
    case 'en':
      return `${n} weeks`;
    case 'ar':
      return `${rng.chance(0.5) ? nativeDigits(n, 'ar') : n} أسابيع`;
    case 'fa':
      return `${nativeDigits(n, 'fa')} هفته`;
    case 'ru':
      return `${n} ${n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14) ? 'недели' : 'недель'}`;
  }
}

function fill(rng: Rng, locale: DemoLocale, template: string, ctx: ReviewContext): string {
  return template
    .replace(/^[§¶]/, '')
    .replace('{name}', ctx.name)
    .replace('{material}', ctx.material)
    .replace('{colour}', ctx.colour ?? '')
    .replace('{weeks}', () => weeks(rng, locale));
}

const usable = (templates: readonly string[], ctx: ReviewContext) =>
  templates.filter(
    (t) =>
      (ctx.colour !== null || !t.includes('{colour}')) &&
      (ctx.homeDecor || !t.startsWith(HOME_MARK)) &&
      (ctx.textile || !t.startsWith(TEXTILE_MARK)),
  );

/** Opening + one or two details + usually a closing; the title matches the sentiment. */
export function composeReview(rng: Rng, locale: DemoLocale, ctx: ReviewContext, rating: number): { title: string; body: string } {
  const v = REVIEW_VOCAB[locale];
  const s = sentimentOf(rating);
  const details = rng.sample(usable(v.details[s], ctx), rng.chance(0.5) ? 2 : 1);
  const parts = [rng.pick(v.openings[s]), ...details];
  if (rng.chance(0.75)) parts.push(rng.pick(v.closings[s]));
  return { title: rng.pick(v.titles[s]), body: parts.map((t) => fill(rng, locale, t, ctx)).join(' ') };
}

/** A question and its topic (index into QUESTION_TOPICS), so answers can fit it. */
export function composeQuestion(rng: Rng, locale: DemoLocale, ctx: ReviewContext): { body: string; topic: number } {
  const topic = rng.int(0, REVIEW_VOCAB[locale].questions.length - 1);
  return { body: fill(rng, locale, REVIEW_VOCAB[locale].questions[topic], ctx), topic };
}

/** Up to two answers that fit the question: the shop's team first when it has one, then customers. */
export function composeAnswers(rng: Rng, locale: DemoLocale, topic: number, count: number): { body: string; fromStaff: boolean }[] {
  const v = REVIEW_VOCAB[locale];
  const { staff, customer } = QUESTION_TOPICS[topic];
  const answers: { body: string; fromStaff: boolean }[] = [];
  if (staff !== null && (customer === null || rng.chance(0.7))) answers.push({ body: v.staffAnswers[staff], fromStaff: true });
  if (customer !== null) answers.push({ body: v.customerAnswers[customer], fromStaff: false });
  if (staff !== null && answers.length < count && !answers[0].fromStaff) answers.push({ body: v.staffAnswers[staff], fromStaff: true });
  return answers.slice(0, count);
}

export function composeReply(rng: Rng, locale: DemoLocale, rating: number): string {
  const v = REVIEW_VOCAB[locale];
  return rng.pick(rating >= 4 ? v.replies.pos : v.replies.neg);
}

/** Moderation cases the demo plants on purpose (moderation.md reason codes in brackets). */
export const MODERATION_CASE_SHARES = {
  phone: 0.03, // PII
  email: 0.025, // PII
  link: 0.03, // LINK
  profanity: 0.03, // PROFANITY
  duplicate: 0.025, // DUPLICATE: same text on another product or twice by one author
  'near-duplicate': 0.025, // DUPLICATE: lightly edited copy
} as const;
export type ModerationCase = keyof typeof MODERATION_CASE_SHARES;

export const REASON_CODE: Record<ModerationCase, string> = {
  phone: 'PII',
  email: 'PII',
  link: 'LINK',
  profanity: 'PROFANITY',
  duplicate: 'DUPLICATE',
  'near-duplicate': 'DUPLICATE',
};

function contactEmail(rng: Rng, locale: DemoLocale): string {
  const first = rng.pick(PEOPLE[locale].first)[1];
  const address = `${first}${rng.int(70, 99)}@${rng.pick(EMAIL_DOMAINS)}`;
  // Some people hide the @ from filters; moderation must still see it.
  return rng.chance(0.2) ? address.replace('@', ' (at) ').replace(/\.(?=[a-z]+$)/, ' [dot] ') : address;
}

/** Appends (or, for profanity, inserts) a sentence that carries the case's tell-tale content. */
export function plantCase(rng: Rng, locale: DemoLocale, body: string, kase: 'phone' | 'email' | 'link' | 'profanity'): string {
  const v = REVIEW_VOCAB[locale];
  switch (kase) {
    case 'phone':
      return `${body} ${rng.pick(v.phoneLines).replace('{phone}', rng.pick(v.phones))}`;
    case 'email':
      return `${body} ${rng.pick(v.emailLines).replace('{email}', contactEmail(rng, locale))}`;
    case 'link':
      return `${body} ${rng.pick(v.linkLines).replace('{url}', rng.pick(v.urls))}`;
    case 'profanity':
      return rng.chance(0.5) ? `${rng.pick(v.profanityLines)} ${body}` : `${body} ${rng.pick(v.profanityLines)}`;
  }
}

/** A light edit of someone else's text: swapped closing, extra sentence or louder punctuation. */
export function perturb(rng: Rng, locale: DemoLocale, body: string): string {
  const v = REVIEW_VOCAB[locale];
  const choice = rng.int(0, 2);
  if (choice === 0) return `${body} ${rng.pick(v.closings.pos)}`;
  if (choice === 1) {
    const louder = body.replace(/[.!؟?]\s*$/, '!!!');
    return louder === body ? `${body}!!!` : louder;
  }
  const sentences = body.split(/(?<=[.!?؟])\s+/);
  return sentences.length > 2 ? [sentences[1], sentences[0], ...sentences.slice(2)].join(' ') : `${body} 👍`;
}

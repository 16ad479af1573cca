import { DAY_SECONDS } from './local-time';
import { assignMarks, forStep, type Rng } from './random';
import { composeReply, MODERATION_CASE_SHARES, perturb, plantCase, REASON_CODE, type ModerationCase } from './review-text';
import type { PlannedReview, ReviewStatus } from './reviews-plan';
import type { StoredImage } from './images';
import { REVIEW_VOCAB } from './vocab';

/**
 * Turns clean items into a realistic moderation backlog: plants the cases of
 * MODERATION_CASE_SHARES in reviews and questions, sets statuses (reason codes only on
 * flagged/rejected items: pending ones are left for the moderation pipeline), adds merchant
 * replies and customer photos, then numbers everything in time order.
 */
export function finishReviews(seed: number, items: PlannedReview[], images: readonly StoredImage[], nowTs: number): PlannedReview[] {
  const rng = forStep(seed, 'review-cases');
  const posts = items.filter((i) => i.kind !== 'answer');
  const marks = assignMarks(rng, posts.length, MODERATION_CASE_SHARES);
  // Duplicates copy clean texts of the same kind and language (a copied question keeps
  // answers in its own language), never another planted case.
  const sources = new Map<string, PlannedReview[]>();
  posts.forEach((p, i) => {
    if (marks[i] !== null) return;
    const key = `${p.kind}:${p.language}`;
    const list = sources.get(key);
    if (list) list.push(p);
    else sources.set(key, [p]);
  });
  for (const list of sources.values()) list.sort(byTime);
  posts.forEach((item, i) => {
    const kase = marks[i];
    if (kase) plant(rng, item, kase, sources.get(`${item.kind}:${item.language}`) ?? [], nowTs);
  });

  for (const item of items) {
    item.status = item.moderationCase ? caseStatus(rng) : cleanStatus(rng, item, nowTs);
    if ((item.status === 'flagged' || item.status === 'rejected') && item.moderationCase) {
      item.reasonCodes = [REASON_CODE[item.moderationCase]];
    }
    if (item.status === 'approved' && item.kind !== 'answer') item.helpful = Math.floor(rng.exponential(item.kind === 'review' ? 2.2 : 1));
    // Decisions (publishing, flagging, rejecting) happened some hours after posting.
    if (item.status !== 'pending') item.decidedTs = Math.min(nowTs - 1, item.createdTs + rng.int(1, 24) * 3600);
  }
  addReplies(rng, items, nowTs);
  addPhotos(rng, items, images);

  const ordered = [...items].sort((a, b) => a.createdTs - b.createdTs || a.key - b.key);
  ordered.forEach((item, i) => (item.id = i + 1));
  return ordered;
}

function plant(rng: Rng, item: PlannedReview, kase: ModerationCase, sources: readonly PlannedReview[], nowTs: number): void {
  item.moderationCase = kase;
  if (kase === 'duplicate' || kase === 'near-duplicate') {
    // Copy something older, so answers of a copied question still come after it.
    const older = countBefore(sources, item.createdTs);
    if (sources.length === 0 || (older === 0 && item.kind === 'question')) {
      item.moderationCase = null;
      return;
    }
    const source = sources[older > 0 ? rng.int(0, older - 1) : rng.int(0, sources.length - 1)];
    // Posted after the original: the same author twice on one product, the same author on
    // another product, or someone else pasting it.
    const how = rng.weighted(['twice', 'same-author', 'pasted'] as const, [30, 35, 35]);
    if (how === 'twice') item.productId = source.productId;
    if (how !== 'pasted') {
      item.customerId = source.customerId;
      item.authorName = source.authorName;
      item.authorEmail = source.authorEmail;
    }
    item.verified = how === 'twice' && source.verified;
    item.title = item.kind === 'review' ? source.title : null;
    item.rating = item.kind === 'review' ? source.rating : null;
    item.body = kase === 'duplicate' ? source.body : perturb(rng, source.language, source.body);
    if (source.createdTs >= item.createdTs) item.createdTs = Math.min(nowTs - 60, source.createdTs + rng.int(1, 30) * DAY_SECONDS);
    return;
  }
  item.body = plantCase(rng, item.language, item.body, kase);
}

const byTime = (a: PlannedReview, b: PlannedReview) => a.createdTs - b.createdTs || a.key - b.key;

/** How many of the time-sorted items were created strictly before `ts`. */
function countBefore(sorted: readonly PlannedReview[], ts: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].createdTs < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function caseStatus(rng: Rng): ReviewStatus {
  return rng.weighted(['pending', 'flagged', 'rejected', 'approved'] as const, [35, 30, 20, 15]);
}

function cleanStatus(rng: Rng, item: PlannedReview, nowTs: number): ReviewStatus {
  const recent = nowTs - item.createdTs < 14 * DAY_SECONDS;
  if (item.kind === 'answer') return rng.chance(0.95) ? 'approved' : 'pending';
  return rng.chance(recent ? 0.6 : item.kind === 'question' ? 0.12 : 0.07) ? 'pending' : 'approved';
}

function addReplies(rng: Rng, items: PlannedReview[], nowTs: number): void {
  for (const item of items) {
    if (item.kind !== 'review' || item.status !== 'approved' || item.rating === null) continue;
    if (!rng.chance(item.rating <= 2 ? 0.35 : 0.05)) continue;
    const createdTs = item.createdTs + rng.int(2, 72) * 3600;
    if (createdTs >= nowTs) continue;
    item.reply = { body: composeReply(rng, item.language, item.rating), author: REVIEW_VOCAB[item.language].staffName, createdTs };
  }
}

/** About 4 % of reviews carry a photo; customers often re-post the product's own photo. */
function addPhotos(rng: Rng, items: PlannedReview[], images: readonly StoredImage[]): void {
  const byProduct = new Map<number, StoredImage[]>();
  for (const image of images) {
    const list = byProduct.get(image.productId) ?? [];
    list.push(image);
    byProduct.set(image.productId, list);
  }
  for (const item of items) {
    if (item.kind !== 'review' || !rng.chance(0.04)) continue;
    const own = byProduct.get(item.productId);
    if (own?.length) item.media = rng.pick(own);
  }
}

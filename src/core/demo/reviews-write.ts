import { isoFromSeconds } from './local-time';
import type { PlannedReview } from './reviews-plan';
import { writeInBatches, type DemoRun } from './run';

/**
 * Reviews, questions and answers in id (time) order, so a question is always written before
 * its answers. Flagged and rejected items get the store's decision in the moderation log.
 */
export async function writeReviews(run: DemoRun, items: readonly PlannedReview[]): Promise<void> {
  const { db } = run;
  const idOfKey = new Map(items.map((i) => [i.key, i.id]));
  const insertReview = db.prepare(
    `INSERT INTO reviews(id, kind, parent_id, product_id, customer_id, author_name, author_email, rating, title, body, language, status,
       reason_codes_json, verified_buyer, helpful_count, created_at, updated_at, published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReply = db.prepare('INSERT INTO review_replies(review_id, body, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertMedia = db.prepare('INSERT INTO review_media(review_id, sha256, width, height, dhash, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertLog = db.prepare(
    'INSERT INTO moderation_log(review_id, action, from_status, to_status, reason_codes_json, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  await writeInBatches(
    run,
    items,
    (r) => {
      const created = isoFromSeconds(r.createdTs);
      const decided = r.decidedTs === null ? null : isoFromSeconds(r.decidedTs);
      insertReview.run(r.id, r.kind, r.parentKey === null ? null : idOfKey.get(r.parentKey)!, r.productId, r.customerId, r.authorName,
        r.authorEmail, r.rating, r.title, r.body, r.language, r.status, JSON.stringify(r.reasonCodes), r.verified ? 1 : 0, r.helpful,
        created, decided ?? created, r.status === 'approved' ? decided : null);
      if (r.status === 'flagged' || r.status === 'rejected') {
        insertLog.run(r.id, r.status === 'flagged' ? 'flag' : 'reject', 'pending', r.status, JSON.stringify(r.reasonCodes), 'store', decided);
      }
      if (r.reply) {
        const at = isoFromSeconds(r.reply.createdTs);
        insertReply.run(r.id, r.reply.body, r.reply.author, at, at);
      }
      if (r.media) {
        // Media is moderated separately from text (moderation.md), so most photos still wait.
        const status = r.status === 'approved' && r.id % 3 === 0 ? 'approved' : 'pending';
        insertMedia.run(r.id, r.media.sha256, r.media.width, r.media.height, r.media.dhash, status, created);
      }
    },
    { batchSize: 2000, unitsPerRow: 4 },
  );
}

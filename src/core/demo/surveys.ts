import { DAY_SECONDS } from './local-time';
import { isValidOrder, type PlannedOrder } from './orders-plan';
import { forStep } from './random';
import { writeInBatches, type DemoRun } from './run';
import { SURVEYS } from './vocab/surveys';

interface PlannedSurvey {
  kind: 'nps' | 'ces';
  score: number;
  comment: string | null;
  language: string;
  customerId: number | null;
  orderId: number;
  createdTs: number;
}

// NPS 0–10: 48 % promoters, 27 % detractors (NPS ≈ +21). CES 1–7 leans easy.
const NPS_WEIGHTS = [3, 2, 2, 3, 4, 6, 7, 10, 15, 20, 28];
const CES_WEIGHTS = [3, 4, 6, 10, 20, 30, 27];

/**
 * NPS asked about 9 % of valid orders a week or two after delivery, CES about 6 % right
 * after checkout; comments in the buyer's language, matching the score band.
 */
export function planSurveys(seed: number, orders: readonly PlannedOrder[], nowTs: number): PlannedSurvey[] {
  const rng = forStep(seed, 'surveys');
  const surveys: PlannedSurvey[] = [];
  for (const o of orders) {
    if (!isValidOrder(o)) continue;
    const vocab = SURVEYS[o.locale];
    if (rng.chance(0.06)) {
      const score = 1 + rng.weightedIndex(CES_WEIGHTS);
      const pool = score >= 5 ? vocab.easy : score <= 3 ? vocab.hard : null;
      const createdTs = o.createdTs + rng.int(10, 120) * 60;
      if (createdTs < nowTs) {
        surveys.push({ kind: 'ces', score, comment: pool && rng.chance(0.3) ? rng.pick(pool) : null, language: o.locale, customerId: o.customerId, orderId: o.id, createdTs });
      }
    }
    if (rng.chance(0.09)) {
      const score = rng.weightedIndex(NPS_WEIGHTS);
      const pool = score >= 9 ? vocab.promoter : score >= 7 ? vocab.passive : vocab.detractor;
      const createdTs = o.createdTs + rng.int(7, 20) * DAY_SECONDS + rng.int(0, DAY_SECONDS - 1);
      if (createdTs < nowTs) {
        surveys.push({ kind: 'nps', score, comment: rng.chance(0.45) ? rng.pick(pool) : null, language: o.locale, customerId: o.customerId, orderId: o.id, createdTs });
      }
    }
  }
  return surveys.sort((a, b) => a.createdTs - b.createdTs || a.orderId - b.orderId || a.kind.localeCompare(b.kind));
}

export async function writeSurveys(run: DemoRun, surveys: readonly PlannedSurvey[]): Promise<void> {
  const insert = run.db.prepare(
    `INSERT INTO survey_responses(id, kind, score, comment, language, customer_id, order_id, created_ts, local_day)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  await writeInBatches(run, surveys, (s, i) => {
    insert.run(i + 1, s.kind, s.score, s.comment, s.language, s.customerId, s.orderId, s.createdTs, run.calendar.localDay(s.createdTs));
  });
}

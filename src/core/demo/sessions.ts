import { demandSince, sampleInstant, type Demand } from './demand';
import { DAY_SECONDS, type StoreCalendar } from './local-time';
import type { PlannedOrder } from './orders-plan';
import { forStep } from './random';
import { pause, PAUSE_EVERY, writeInBatches, type DemoRun } from './run';

/** Storefront analytics were connected 60 days ago, so sessions exist only for that window. */
export const SESSION_WINDOW_DAYS = 60;

export interface PlannedSession {
  startedTs: number;
  source: string;
  device: string;
  pageviews: number;
  addedToCart: boolean;
  reachedCheckout: boolean;
  convertedOrderId: number | null;
}

/** One converting session per order in the window; the rest browse (5 % conversion at 20 per order). */
export async function planSessions(
  seed: number,
  orders: readonly PlannedOrder[],
  perOrder: number,
  demand: Demand,
  calendar: StoreCalendar,
  signal?: AbortSignal,
): Promise<PlannedSession[]> {
  const rng = forStep(seed, 'sessions');
  const fromTs = demand.endTs - SESSION_WINDOW_DAYS * DAY_SECONDS;
  const window = demandSince(demand, calendar, fromTs);
  const recent = orders.filter((o) => o.createdTs >= fromTs && !o.test && o.channel !== 'pos');
  const source = () => rng.weighted(['direct', 'organic', 'social', 'email', 'paid', 'referral'], [28, 30, 18, 8, 12, 4]);
  const device = () => rng.weighted(['mobile', 'desktop', 'tablet'], [62, 32, 6]);
  const sessions: PlannedSession[] = recent.map((o) => ({
    startedTs: Math.max(fromTs, o.createdTs - rng.int(5, 60) * 60),
    source: source(),
    device: device(),
    pageviews: rng.int(3, 25),
    addedToCart: true,
    reachedCheckout: true,
    convertedOrderId: o.id,
  }));
  const total = Math.round(recent.length * perOrder);
  while (sessions.length < total) {
    if (sessions.length % PAUSE_EVERY === 0) await pause(signal);
    const addedToCart = rng.chance(0.09);
    sessions.push({
      startedTs: sampleInstant(rng, window, calendar),
      source: source(),
      device: device(),
      pageviews: 1 + Math.floor(rng.exponential(2.5)),
      addedToCart,
      reachedCheckout: addedToCart && rng.chance(0.45),
      convertedOrderId: null,
    });
  }
  await pause(signal);
  return sessions.sort((a, b) => a.startedTs - b.startedTs);
}

export async function writeSessions(run: DemoRun, sessions: readonly PlannedSession[]): Promise<void> {
  const insert = run.db.prepare(
    `INSERT INTO sessions(id, started_ts, local_day, source, device, pageviews, added_to_cart, reached_checkout, converted_order_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  await writeInBatches(
    run,
    sessions,
    (s, i) => {
      insert.run(i + 1, s.startedTs, run.calendar.localDay(s.startedTs), s.source, s.device, s.pageviews,
        s.addedToCart ? 1 : 0, s.reachedCheckout ? 1 : 0, s.convertedOrderId);
    },
    { batchSize: 5000, unitsPerRow: 0.5 },
  );
}

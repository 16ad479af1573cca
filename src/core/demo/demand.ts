import { DAY_SECONDS, type StoreCalendar } from './local-time';
import type { Rng } from './random';

/**
 * When shoppers buy: a daily weight over the history (growth × season × weekday × events)
 * and an hourly curve in store time. Orders, checkouts and sessions all sample from it, so
 * dashboards show growth, a Black Friday spike, a Nowruz bump and quiet nights.
 */
export interface Demand {
  firstDay: number;
  lastDay: number;
  startTs: number;
  endTs: number;
  /** Cumulative daily weights, one per local day from firstDay. */
  cumulative: Float64Array;
}

const MONTH_FACTOR = [0.85, 0.88, 1.08, 0.95, 0.95, 0.9, 0.88, 0.92, 1.0, 1.05, 1.35, 1.3];
// Monday first: weekend browsing converts slightly less than weekday lunch breaks.
const WEEKDAY_FACTOR = [1.05, 1.0, 1.0, 1.02, 0.95, 0.9, 1.08];
const HOUR_WEIGHTS = [0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.2, 1.3, 1.3, 1.2, 1.2, 1.2, 1.3, 1.4, 1.6, 1.8, 1.9, 1.7, 1.2, 0.6];

function eventFactor(date: Date): number {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (month === 10) {
    // Black Friday = the day after the fourth Thursday of November; Cyber Monday three days later.
    const firstWeekday = new Date(Date.UTC(date.getUTCFullYear(), 10, 1)).getUTCDay();
    const thanksgiving = 1 + ((4 - firstWeekday + 7) % 7) + 21;
    if (day === thanksgiving + 1) return 2.6;
    if (day === thanksgiving + 4) return 2.0;
    if (day > thanksgiving + 1 && day < thanksgiving + 4) return 1.6;
  }
  if (month === 2 && day >= 14 && day <= 21) return 1.5; // Nowruz gifts
  if (month === 11 && day >= 8 && day <= 20) return 1.3; // holiday gifting
  if (month === 1 && day >= 9 && day <= 14) return 1.2; // Valentine's jewellery
  return 1;
}

export function buildDemand(calendar: StoreCalendar, startTs: number, endTs: number): Demand {
  const firstDay = calendar.localDay(startTs);
  const lastDay = calendar.localDay(endTs - 1);
  const days = lastDay - firstDay + 1;
  const cumulative = new Float64Array(days);
  let total = 0;
  for (let i = 0; i < days; i++) {
    const date = new Date((firstDay + i) * DAY_SECONDS * 1000);
    const growth = 1 + 0.9 * (i / Math.max(1, days - 1));
    const weekday = WEEKDAY_FACTOR[(date.getUTCDay() + 6) % 7];
    total += growth * MONTH_FACTOR[date.getUTCMonth()] * weekday * eventFactor(date);
    cumulative[i] = total;
  }
  return { firstDay, lastDay, startTs, endTs, cumulative };
}

/** Restricts sampling to the local days in [fromTs, endTs) (e.g. the last 90 days). */
export function demandSince(demand: Demand, calendar: StoreCalendar, fromTs: number): Demand {
  const from = Math.max(demand.firstDay, calendar.localDay(fromTs));
  const offset = from - demand.firstDay;
  const before = offset > 0 ? demand.cumulative[offset - 1] : 0;
  const cumulative = demand.cumulative.slice(offset).map((c) => c - before);
  return { firstDay: from, lastDay: demand.lastDay, startTs: Math.max(fromTs, demand.startTs), endTs: demand.endTs, cumulative };
}

const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/** A UTC instant drawn from the demand curve, clamped into [startTs, endTs). */
export function sampleInstant(rng: Rng, demand: Demand, calendar: StoreCalendar): number {
  const { cumulative } = demand;
  const x = rng.next() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  let h = rng.next() * HOUR_TOTAL;
  let hour = 0;
  while (hour < 23 && h >= HOUR_WEIGHTS[hour]) h -= HOUR_WEIGHTS[hour++];
  const ts = calendar.toUtc(demand.firstDay + lo, hour * 3600 + rng.int(0, 3599));
  return Math.min(demand.endTs - 1, Math.max(demand.startTs, ts));
}

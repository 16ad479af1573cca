import { sampleInstant, type Demand } from './demand';
import { DAY_SECONDS, isoFromSeconds, type StoreCalendar } from './local-time';
import { forStep, type Rng } from './random';
import { pause, PAUSE_EVERY, writeInBatches, type DemoRun } from './run';
import { displayName, EMAIL_DOMAINS, LOCALE_WEIGHTS, PEOPLE } from './vocab/people';
import { DEMO_LOCALES, type DemoLocale } from './vocab/types';

export interface PlannedCustomer {
  id: number;
  locale: DemoLocale;
  name: string;
  email: string;
  country: string;
  acceptsMarketing: boolean;
  createdTs: number;
  /** When this customer will place orders (sorted); empty for sign-ups who never bought. */
  orderTimes: number[];
}

/** Share of orders placed without an account (metrics.md: guests count in sales, not in customers). */
export const GUEST_ORDER_SHARE = 0.15;
const REPEAT_BUYER_SHARE = 0.36;
const MEAN_DAYS_BETWEEN_ORDERS = 65;

export function pickLocale(rng: Rng): DemoLocale {
  return rng.weighted(DEMO_LOCALES, DEMO_LOCALES.map((l) => LOCALE_WEIGHTS[l]));
}

export function pickCountry(rng: Rng, locale: DemoLocale): string {
  const countries = PEOPLE[locale].countries;
  return rng.weighted(countries.map((c) => c[0]), countries.map((c) => c[1]));
}

/** A person in one language: native-script name, Latin e-mail on a reserved example domain. */
export function makePerson(rng: Rng, locale: DemoLocale, usedEmails: Set<string>): { name: string; email: string } {
  const people = PEOPLE[locale];
  const firstIndex = rng.int(0, people.first.length - 1);
  const first = people.first[firstIndex];
  const last = rng.pick(people.last);
  const female = firstIndex < people.first.length / 2;
  const style = rng.int(0, 3);
  const local = [`${first[1]}.${last[1]}`, `${first[1]}${last[1][0]}`, `${first[1][0]}${last[1]}`, `${first[1]}_${last[1]}`][style];
  const domain = rng.pick(EMAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
  usedEmails.add(email);
  return { name: displayName(locale, first, last, female), email };
}

/**
 * Customers and the times of their orders. About 36 % of buyers intend to come back; those
 * whose next order would fall after "now" never do, which leaves a realistic 25–35 %
 * repeat share. Adds customers until they account for 85 % of the orders.
 */
export async function planCustomers(
  seed: number,
  identifiedOrders: number,
  demand: Demand,
  calendar: StoreCalendar,
  usedEmails: Set<string>,
  signal?: AbortSignal,
): Promise<PlannedCustomer[]> {
  const rng = forStep(seed, 'customers');
  const drafts: Omit<PlannedCustomer, 'id'>[] = [];
  let orders = 0;
  while (orders < identifiedOrders) {
    if (drafts.length % PAUSE_EVERY === 0) await pause(signal);
    const locale = pickLocale(rng);
    const person = makePerson(rng, locale, usedEmails);
    const base = { locale, ...person, country: pickCountry(rng, locale), acceptsMarketing: rng.chance(0.42) };
    if (rng.chance(0.1)) {
      // Signed up (newsletter, wishlist) but never bought.
      drafts.push({ ...base, createdTs: sampleInstant(rng, demand, calendar), orderTimes: [] });
      continue;
    }
    const planned = rng.chance(REPEAT_BUYER_SHARE) ? 2 + Math.min(22, Math.floor(rng.exponential(1.7))) : 1;
    const orderTimes: number[] = [];
    let t = sampleInstant(rng, demand, calendar);
    for (let k = 0; k < planned && t < demand.endTs && orders < identifiedOrders; k++) {
      orderTimes.push(t);
      orders++;
      t += Math.round((4 + rng.exponential(MEAN_DAYS_BETWEEN_ORDERS)) * DAY_SECONDS);
    }
    // Half create the account at checkout, the rest some days before their first order.
    const lead = rng.chance(0.5) ? rng.int(60, 900) : rng.int(1, 40) * DAY_SECONDS;
    drafts.push({ ...base, createdTs: Math.max(demand.startTs - 30 * DAY_SECONDS, orderTimes[0] - lead), orderTimes });
  }
  // Ids follow sign-up order, as a store's own ids would.
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].createdTs - drafts[b].createdTs || a - b);
  return order.map((i, k) => ({ id: k + 1, ...drafts[i] }));
}

export async function writeCustomers(run: DemoRun, customers: readonly PlannedCustomer[]): Promise<void> {
  const insert = run.db.prepare(
    'INSERT INTO customers(id, email, name, locale, country, accepts_marketing, created_ts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  await writeInBatches(run, customers, (c) => {
    const lastSeen = c.orderTimes.length ? c.orderTimes[c.orderTimes.length - 1] : c.createdTs;
    insert.run(c.id, c.email, c.name, c.locale, c.country, c.acceptsMarketing ? 1 : 0, c.createdTs, isoFromSeconds(lastSeen));
  });
}

import type { CatalogModel } from './catalog-model';
import type { PlannedCustomer } from './customers';
import { sampleInstant, type Demand } from './demand';
import { DAY_SECONDS, type StoreCalendar } from './local-time';
import { ProductPicker } from './order-money';
import { isValidOrder, type PlannedOrder } from './orders-plan';
import { forStep, type Rng } from './random';
import { pause, PAUSE_EVERY, writeInBatches, type DemoRun } from './run';

type Step = 'created' | 'shipping' | 'payment' | 'completed';

export interface PlannedCheckout {
  id: number;
  token: string;
  customerId: number | null;
  email: string | null;
  valueMinor: number;
  reachedStep: Step;
  completedOrderId: number | null;
  recoveryEmailTs: number | null;
  recovered: boolean;
  createdTs: number;
}

/** Abandoned checkouts per order: 2.1 gives ≈ 68 % checkout abandonment (metrics.md §2.5). */
const ABANDONED_PER_ORDER = 2.1;

const token = (rng: Rng): string => {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += rng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  return hex;
};

/**
 * One completed checkout per order (id = order id) plus abandoned ones. Recovery comes in
 * both forms metrics.md §2.5 counts: the same checkout completed days later after a
 * recovery e-mail, and a separate abandoned checkout followed by an order by the same
 * customer within 7 days of the e-mail (flagged `recovered`).
 */
export async function planCheckouts(
  seed: number,
  orders: readonly PlannedOrder[],
  customers: readonly PlannedCustomer[],
  catalog: CatalogModel,
  demand: Demand,
  calendar: StoreCalendar,
  signal?: AbortSignal,
): Promise<PlannedCheckout[]> {
  const rng = forStep(seed, 'checkouts');
  const checkouts: PlannedCheckout[] = [];
  const recoverable = (o: PlannedOrder) => o.customerId !== null && isValidOrder(o) && o.createdTs - demand.startTs > 7 * DAY_SECONDS;
  for (const o of orders) {
    if (o.id % PAUSE_EVERY === 0) await pause(signal);
    const sameToken = recoverable(o) && rng.chance(0.02);
    const createdTs = sameToken ? o.createdTs - rng.int(1, 5) * DAY_SECONDS - rng.int(0, 3600) : o.createdTs - rng.int(120, 1800);
    checkouts.push({
      id: o.id,
      token: token(rng),
      customerId: o.customerId,
      email: o.email,
      valueMinor: o.total,
      reachedStep: 'completed',
      completedOrderId: o.id,
      recoveryEmailTs: sameToken ? Math.min(o.createdTs - 60, createdTs + rng.int(1, 20) * 3600) : null,
      recovered: sameToken,
      createdTs,
    });
  }
  const abandoned: Omit<PlannedCheckout, 'id'>[] = [];
  for (const o of orders) {
    if (o.id % PAUSE_EVERY === 0) await pause(signal);
    if (!recoverable(o) || !rng.chance(0.03)) continue;
    const emailTs = o.createdTs - rng.int(2, 6 * 24) * 3600;
    abandoned.push({
      token: '',
      customerId: o.customerId,
      email: o.email,
      valueMinor: Math.round(o.subtotal * (0.6 + rng.next() * 0.6)),
      reachedStep: rng.pick(['shipping', 'payment'] as const),
      completedOrderId: null,
      recoveryEmailTs: emailTs,
      recovered: true,
      createdTs: emailTs - rng.int(1, 20) * 3600,
    });
  }
  const picker = new ProductPicker(catalog.products);
  const target = Math.round(orders.length * ABANDONED_PER_ORDER);
  while (abandoned.length < target) {
    if (abandoned.length % PAUSE_EVERY === 0) await pause(signal);
    const createdTs = sampleInstant(rng, demand, calendar);
    const who = rng.next();
    const customer = who < 0.5 ? rng.pick(customers) : null;
    const known = customer && customer.createdTs <= createdTs ? customer : null;
    const email = known ? known.email : who < 0.8 ? `visitor${abandoned.length + 1}@example.net` : null;
    const reachedStep = rng.weighted(['created', 'shipping', 'payment'] as const, [45, 30, 25]);
    const emailTs = createdTs + rng.int(1, 24) * 3600;
    const sendsEmail = email !== null && reachedStep !== 'created' && rng.chance(0.65) && emailTs < demand.endTs;
    let value = 0;
    for (let i = rng.int(1, 3); i > 0; i--) value += rng.pick(picker.pick(rng, createdTs).variants).priceMinor;
    abandoned.push({
      token: '',
      customerId: known?.id ?? null,
      email,
      valueMinor: value,
      reachedStep,
      completedOrderId: null,
      recoveryEmailTs: sendsEmail ? emailTs : null,
      recovered: false,
      createdTs,
    });
  }
  abandoned.sort((a, b) => a.createdTs - b.createdTs);
  for (const [i, a] of abandoned.entries()) {
    if (i % PAUSE_EVERY === 0) await pause(signal);
    checkouts.push({ ...a, id: checkouts.length + 1, token: token(rng) });
  }
  return checkouts;
}

export async function writeCheckouts(run: DemoRun, checkouts: readonly PlannedCheckout[]): Promise<void> {
  const insert = run.db.prepare(
    `INSERT INTO checkouts(id, token, customer_id, email, value_minor, reached_step, completed_order_id, recovery_email_ts, recovered, created_ts, local_day)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  await writeInBatches(run, checkouts, (c) => {
    insert.run(c.id, c.token, c.customerId, c.email, c.valueMinor, c.reachedStep, c.completedOrderId, c.recoveryEmailTs,
      c.recovered ? 1 : 0, c.createdTs, run.calendar.localDay(c.createdTs));
  });
}

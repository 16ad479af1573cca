import type { CatalogModel } from './catalog-model';
import { pickCountry, pickLocale, makePerson, type PlannedCustomer } from './customers';
import { sampleInstant, type Demand } from './demand';
import { DAY_SECONDS, localMonthOfDay, type StoreCalendar } from './local-time';
import { pickLines, priceOrder, ProductPicker, refundValue, type OrderMoney, type PlannedLine } from './order-money';
import { forStep, type Rng } from './random';
import { pause, PAUSE_EVERY } from './run';
import type { DemoLocale } from './vocab/types';

export type FinancialStatus = 'pending' | 'paid' | 'partially_refunded' | 'refunded' | 'voided';

export interface PlannedRefund {
  id: number;
  createdTs: number;
  localDay: number;
  reason: string;
  lines: { lineId: number; quantity: number; amount: number }[];
  shipping: number;
  tax: number;
  /** Everything paid back: lines + shipping + tax. */
  amount: number;
}

export interface PlannedOrder extends OrderMoney {
  id: number;
  number: string;
  customerId: number | null;
  email: string;
  locale: DemoLocale;
  country: string;
  createdTs: number;
  localDay: number;
  localMonth: number;
  lines: PlannedLine[];
  test: boolean;
  cancelledTs: number | null;
  financialStatus: FinancialStatus;
  channel: string;
  custSeq: number | null;
  prevDay: number | null;
  refund: PlannedRefund | null;
}

const REFUND_REASONS = ['damaged in transit', 'not as described', 'changed mind', 'wrong size', 'late delivery'];

/** A valid order counts in sales and customer metrics: not a test, not cancelled (metrics.md §2.1). */
export const isValidOrder = (o: Pick<PlannedOrder, 'test' | 'cancelledTs'>): boolean => !o.test && o.cancelledTs === null;

/**
 * All orders in time order (ids follow creation). Customers' orders come from their plans;
 * guests (≈15 %) and a few test orders fill the rest. Then statuses, refunds (≈4 %, dated
 * after the order) and the per-customer sequence over valid orders by (created, id).
 */
export async function planOrders(
  seed: number,
  total: number,
  catalog: CatalogModel,
  customers: readonly PlannedCustomer[],
  demand: Demand,
  calendar: StoreCalendar,
  usedEmails: Set<string>,
  signal?: AbortSignal,
): Promise<PlannedOrder[]> {
  const rng = forStep(seed, 'orders');
  const slots: { ts: number; customer: PlannedCustomer | null; test: boolean }[] = [];
  for (const c of customers) for (const ts of c.orderTimes) slots.push({ ts, customer: c, test: false });
  const tests = Math.max(1, Math.round(total * 0.004));
  while (slots.length < total) slots.push({ ts: sampleInstant(rng, demand, calendar), customer: null, test: slots.length >= total - tests });
  slots.sort((a, b) => a.ts - b.ts);

  const picker = new ProductPicker(catalog.products);
  const nowTs = demand.endTs;
  let nextLineId = 1;
  let nextRefundId = 1;
  const orders: PlannedOrder[] = [];
  for (const [i, slot] of slots.entries()) {
    if (i % PAUSE_EVERY === 0) await pause(signal);
    const id = i + 1;
    const locale = slot.customer?.locale ?? pickLocale(rng);
    const country = slot.customer?.country ?? pickCountry(rng, locale);
    const email = slot.test ? `qa+${id}@example.com` : (slot.customer?.email ?? makePerson(rng, locale, usedEmails).email);
    const lines = pickLines(rng, picker, slot.ts).map((l) => ({ ...l, id: nextLineId++ }));
    const money = priceOrder(rng, lines, country);
    const localDay = calendar.localDay(slot.ts);
    const order: PlannedOrder = {
      id,
      number: `#${1000 + id}`,
      customerId: slot.test ? null : (slot.customer?.id ?? null),
      email,
      locale,
      country,
      createdTs: slot.ts,
      localDay,
      localMonth: localMonthOfDay(localDay),
      lines,
      ...money,
      test: slot.test,
      cancelledTs: null,
      financialStatus: 'paid',
      channel: rng.weighted(['online', 'mobile_app', 'pos', 'marketplace'], [86, 8, 3, 3]),
      custSeq: null,
      prevDay: null,
      refund: null,
    };
    settleStatus(rng, order, nowTs);
    if (order.financialStatus === 'paid' && !order.test && rng.chance(0.042)) {
      order.refund = planRefund(rng, order, nextRefundId, nowTs, calendar);
      if (order.refund) nextRefundId++;
    }
    orders.push(order);
  }
  assignCustomerSequence(orders);
  return orders;
}

function settleStatus(rng: Rng, order: PlannedOrder, nowTs: number): void {
  const ageDays = (nowTs - order.createdTs) / DAY_SECONDS;
  if (!order.test && rng.chance(0.025)) {
    order.cancelledTs = Math.min(nowTs - 1, order.createdTs + rng.int(1, 48) * 3600);
    order.financialStatus = 'voided';
  } else if (rng.chance(ageDays < 3 ? 0.35 : 0.01)) {
    order.financialStatus = 'pending';
  }
}

function planRefund(rng: Rng, order: PlannedOrder, id: number, nowTs: number, calendar: StoreCalendar): PlannedRefund | null {
  const createdTs = order.createdTs + rng.int(3, 45) * DAY_SECONDS + rng.int(0, DAY_SECONDS - 1);
  if (createdTs >= nowTs) return null;
  const full = rng.chance(0.35);
  let lines: PlannedRefund['lines'];
  if (full) {
    lines = order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity, amount: refundValue(l, l.quantity) }));
  } else {
    const line = rng.pick(order.lines);
    const quantity = rng.int(1, line.quantity);
    lines = [{ lineId: line.id, quantity, amount: refundValue(line, quantity) }];
  }
  const linesAmount = lines.reduce((s, l) => s + l.amount, 0);
  const shipping = full ? order.shipping : 0;
  const net = order.subtotal - order.discounts;
  const tax = full ? order.tax : net > 0 ? Math.round((order.tax * linesAmount) / net) : 0;
  order.financialStatus = full ? 'refunded' : 'partially_refunded';
  return {
    id,
    createdTs,
    localDay: calendar.localDay(createdTs),
    reason: rng.pick(REFUND_REASONS),
    lines,
    shipping,
    tax,
    amount: linesAmount + shipping + tax,
  };
}

/** cust_seq = rank among the customer's valid orders by (created, id); prev_day = the previous one's local day. */
export function assignCustomerSequence(orders: PlannedOrder[]): void {
  const last = new Map<number, { seq: number; day: number }>();
  const sorted = [...orders].sort((a, b) => a.createdTs - b.createdTs || a.id - b.id);
  for (const o of sorted) {
    if (o.customerId === null || !isValidOrder(o)) continue;
    const previous = last.get(o.customerId);
    o.custSeq = (previous?.seq ?? 0) + 1;
    o.prevDay = previous?.day ?? null;
    last.set(o.customerId, { seq: o.custSeq, day: o.localDay });
  }
}

import { isoFromSeconds } from './local-time';
import type { PlannedOrder } from './orders-plan';
import { writeInBatches, type DemoRun } from './run';

/** Orders with their lines, refunds and refund lines; one checkout per order has the order's id. */
export async function writeOrders(run: DemoRun, orders: readonly PlannedOrder[]): Promise<void> {
  const { db } = run;
  const insertOrder = db.prepare(
    `INSERT INTO orders(id, number, customer_id, email, currency, financial_status, channel, subtotal_minor, discounts_minor,
       shipping_minor, tax_minor, total_minor, test, created_ts, cancelled_ts, local_day, local_month, cust_seq, prev_day,
       checkout_id, updated_at)
     VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO order_lines(id, order_id, product_id, variant_id, sku, title, quantity, unit_price_minor, discount_minor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRefund = db.prepare(
    'INSERT INTO refunds(id, order_id, amount_minor, shipping_minor, tax_minor, reason, created_ts, local_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertRefundLine = db.prepare('INSERT INTO refund_lines(refund_id, order_line_id, quantity, amount_minor) VALUES (?, ?, ?, ?)');

  await writeInBatches(
    run,
    orders,
    (o) => {
      const updated = Math.max(o.createdTs, o.cancelledTs ?? 0, o.refund?.createdTs ?? 0);
      insertOrder.run(o.id, o.number, o.customerId, o.email, o.financialStatus, o.channel, o.subtotal, o.discounts, o.shipping, o.tax,
        o.total, o.test ? 1 : 0, o.createdTs, o.cancelledTs, o.localDay, o.localMonth, o.custSeq, o.prevDay, o.id, isoFromSeconds(updated));
      for (const l of o.lines) {
        insertLine.run(l.id, o.id, l.productId, l.variantId, l.sku, l.title, l.quantity, l.unitPriceMinor, l.discountMinor);
      }
      if (o.refund) {
        const r = o.refund;
        insertRefund.run(r.id, o.id, r.amount, r.shipping, r.tax, r.reason, r.createdTs, r.localDay);
        for (const rl of r.lines) insertRefundLine.run(r.id, rl.lineId, rl.quantity, rl.amount);
      }
    },
    { batchSize: 2000, unitsPerRow: 3 },
  );
}

/**
 * Schema v1, commerce part: customers, orders, lines, refunds, checkouts, sessions, surveys.
 * Instants are UTC integer seconds plus the store-local day (days since 1970-01-01 in store
 * time) so dashboards never bucket with a fixed offset (metrics.md §2.1).
 */
export const commerceSql = /* sql */ `
CREATE TABLE customers (
  id                INTEGER PRIMARY KEY,
  email             TEXT,
  name              TEXT NOT NULL,
  locale            TEXT,
  country           TEXT,
  accepts_marketing INTEGER NOT NULL DEFAULT 0,
  remote_id         TEXT,
  created_ts        INTEGER NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX customers_email ON customers(email);

CREATE TABLE orders (
  id               INTEGER PRIMARY KEY,
  number           TEXT NOT NULL UNIQUE,
  customer_id      INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  email            TEXT,
  currency         TEXT NOT NULL,
  financial_status TEXT NOT NULL DEFAULT 'paid'
                   CHECK (financial_status IN ('pending','paid','partially_refunded','refunded','voided')),
  channel          TEXT NOT NULL DEFAULT 'online',
  subtotal_minor   INTEGER NOT NULL,
  discounts_minor  INTEGER NOT NULL DEFAULT 0,
  shipping_minor   INTEGER NOT NULL DEFAULT 0,
  tax_minor        INTEGER NOT NULL DEFAULT 0,
  total_minor      INTEGER NOT NULL,
  test             INTEGER NOT NULL DEFAULT 0,
  created_ts       INTEGER NOT NULL,
  cancelled_ts     INTEGER,
  local_day        INTEGER NOT NULL,
  local_month      INTEGER NOT NULL,
  cust_seq         INTEGER,
  prev_day         INTEGER,
  checkout_id      INTEGER,
  remote_id        TEXT,
  updated_at       TEXT NOT NULL
);
CREATE INDEX orders_created ON orders(created_ts, id);
CREATE INDEX orders_customer ON orders(customer_id, created_ts, id) WHERE customer_id IS NOT NULL;
CREATE INDEX orders_kpi ON orders(local_day, cust_seq, prev_day, subtotal_minor, discounts_minor)
  WHERE test = 0 AND cancelled_ts IS NULL AND customer_id IS NOT NULL;

CREATE TABLE order_lines (
  id               INTEGER PRIMARY KEY,
  order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  product_id       INTEGER REFERENCES products(id) ON DELETE SET NULL,
  variant_id       INTEGER REFERENCES variants(id) ON DELETE SET NULL,
  sku              TEXT,
  title            TEXT NOT NULL,
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_minor INTEGER NOT NULL,
  discount_minor   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_product ON order_lines(product_id);

CREATE TABLE refunds (
  id              INTEGER PRIMARY KEY,
  order_id        INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  amount_minor    INTEGER NOT NULL CHECK (amount_minor >= 0),
  shipping_minor  INTEGER NOT NULL DEFAULT 0,
  tax_minor       INTEGER NOT NULL DEFAULT 0,
  reason          TEXT,
  created_ts      INTEGER NOT NULL,
  local_day       INTEGER NOT NULL,
  remote_id       TEXT
);
CREATE INDEX refunds_order ON refunds(order_id);
CREATE INDEX refunds_day ON refunds(local_day);

CREATE TABLE refund_lines (
  refund_id     INTEGER NOT NULL REFERENCES refunds(id) ON DELETE CASCADE,
  order_line_id INTEGER NOT NULL REFERENCES order_lines(id) ON DELETE CASCADE,
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  amount_minor  INTEGER NOT NULL,
  PRIMARY KEY (refund_id, order_line_id)
) WITHOUT ROWID;

-- Checkouts: reached_step is the furthest funnel step; completed_order_id set when paid.
CREATE TABLE checkouts (
  id                 INTEGER PRIMARY KEY,
  token              TEXT NOT NULL UNIQUE,
  customer_id        INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  email              TEXT,
  value_minor        INTEGER NOT NULL DEFAULT 0,
  reached_step       TEXT NOT NULL DEFAULT 'created'
                     CHECK (reached_step IN ('created','shipping','payment','completed')),
  completed_order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
  recovery_email_ts  INTEGER,
  recovered          INTEGER NOT NULL DEFAULT 0,
  created_ts         INTEGER NOT NULL,
  local_day          INTEGER NOT NULL,
  remote_id          TEXT
);
CREATE INDEX checkouts_day ON checkouts(local_day);

-- Storefront sessions, only where a source provides them (conversion rate).
CREATE TABLE sessions (
  id                 INTEGER PRIMARY KEY,
  started_ts         INTEGER NOT NULL,
  local_day          INTEGER NOT NULL,
  source             TEXT,
  device             TEXT,
  pageviews          INTEGER NOT NULL DEFAULT 1,
  added_to_cart      INTEGER NOT NULL DEFAULT 0,
  reached_checkout   INTEGER NOT NULL DEFAULT 0,
  converted_order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL
);
CREATE INDEX sessions_day ON sessions(local_day);

CREATE TABLE survey_responses (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('nps','ces','csat')),
  score       INTEGER NOT NULL,
  comment     TEXT,
  language    TEXT,
  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  order_id    INTEGER REFERENCES orders(id) ON DELETE SET NULL,
  created_ts  INTEGER NOT NULL,
  local_day   INTEGER NOT NULL,
  CHECK ((kind = 'nps' AND score BETWEEN 0 AND 10) OR (kind = 'ces' AND score BETWEEN 1 AND 7)
         OR (kind = 'csat' AND score BETWEEN 1 AND 5))
);
CREATE INDEX survey_responses_kind_day ON survey_responses(kind, local_day);
`;

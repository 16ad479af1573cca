import type { CatalogModel, PlannedProduct } from './catalog-model';
import { makePerson, pickLocale, type PlannedCustomer } from './customers';
import { sampleInstant, type Demand } from './demand';
import { DAY_SECONDS, type StoreCalendar } from './local-time';
import { ProductPicker } from './order-money';
import { isValidOrder, type PlannedOrder } from './orders-plan';
import { composeAnswers, composeQuestion, composeReview, type ModerationCase, type ReviewContext } from './review-text';
import { forStep, type Rng } from './random';
import { pause, PAUSE_EVERY } from './run';
import type { StoredImage } from './images';
import { REVIEW_VOCAB } from './vocab';
import type { DemoLocale } from './vocab/types';

export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'flagged';

export interface PlannedReview {
  /** Generation order; ids are assigned later in time order. */
  key: number;
  id: number;
  kind: 'review' | 'question' | 'answer';
  parentKey: number | null;
  productId: number;
  customerId: number | null;
  authorName: string;
  authorEmail: string | null;
  rating: number | null;
  title: string | null;
  body: string;
  language: DemoLocale;
  status: ReviewStatus;
  reasonCodes: string[];
  verified: boolean;
  helpful: number;
  createdTs: number;
  /** When the item was approved, flagged or rejected (null while pending). */
  decidedTs: number | null;
  moderationCase: ModerationCase | null;
  reply: { body: string; author: string; createdTs: number } | null;
  media: StoredImage | null;
}

// J-shaped ratings, 1★ to 5★; verified buyers are a little kinder than anonymous posters.
const VERIFIED_RATINGS = [7, 4, 7, 21, 61];
const ANONYMOUS_RATINGS = [14, 7, 10, 18, 51];
const MIN_REVIEW_LAG_DAYS = 5;

export interface ReviewInputs {
  seed: number;
  total: number;
  catalog: CatalogModel;
  customers: readonly PlannedCustomer[];
  orders: readonly PlannedOrder[];
  demand: Demand;
  calendar: StoreCalendar;
  usedEmails: Set<string>;
}

const HOME_DECOR = new Set(['rugs', 'ceramics', 'home-garden', 'lighting']);
const TEXTILES = new Set(['rugs', 'apparel']);
const TEXTILE_HOMEWARE = /Cushion|Blanket|Tapestry|Doormat/;

export function reviewContext(rng: Rng, product: PlannedProduct, locale: DemoLocale): ReviewContext {
  return {
    name: product.shortNames[locale],
    material: product.material[locale],
    colour: product.hasColour ? rng.pick(product.photoColours).name[locale] : null,
    homeDecor: HOME_DECOR.has(product.category.key),
    textile: TEXTILES.has(product.category.key) || TEXTILE_HOMEWARE.test(product.shortNames.en),
  };
}

function uniqueReview(rng: Rng, locale: DemoLocale, product: PlannedProduct, rating: number, used: Set<string>) {
  let text = composeReview(rng, locale, reviewContext(rng, product, locale), rating);
  for (let attempt = 0; attempt < 8 && used.has(text.body); attempt++) text = composeReview(rng, locale, reviewContext(rng, product, locale), rating);
  used.add(text.body);
  return text;
}

function uniqueQuestion(rng: Rng, locale: DemoLocale, product: PlannedProduct, used: Set<string>) {
  let question = composeQuestion(rng, locale, reviewContext(rng, product, locale));
  for (let attempt = 0; attempt < 8 && used.has(question.body); attempt++) question = composeQuestion(rng, locale, reviewContext(rng, product, locale));
  used.add(question.body);
  return question;
}

/** Base reviews and Q&A (clean text); moderation cases and statuses are applied afterwards. */
export async function planReviewItems(input: ReviewInputs, signal?: AbortSignal): Promise<PlannedReview[]> {
  const { catalog, customers, orders, demand, calendar } = input;
  const rng = forStep(input.seed, 'reviews');
  const nowTs = demand.endTs;
  const products = new Map(catalog.products.map((p) => [p.id, p]));
  const customerById = new Map(customers.map((c) => [c.id, c]));
  const picker = new ProductPicker(catalog.products);
  const purchases = orders.filter((o) => o.customerId !== null && isValidOrder(o) && o.financialStatus !== 'refunded' && o.createdTs < nowTs - MIN_REVIEW_LAG_DAYS * DAY_SECONDS);
  // Earliest valid purchase per customer and product: "verified buyer" means bought before reviewing.
  const boughtAt = new Map<string, number>();
  for (const o of purchases) {
    for (const l of o.lines) {
      const key = `${o.customerId}:${l.productId}`;
      if (!boughtAt.has(key)) boughtAt.set(key, o.createdTs);
    }
  }
  const items: PlannedReview[] = [];
  type Base = Omit<PlannedReview, 'key' | 'id' | 'status' | 'reasonCodes' | 'helpful' | 'decidedTs' | 'moderationCase' | 'reply' | 'media'>;
  const add = (item: Base) => {
    items.push({ ...item, key: items.length, id: 0, status: 'approved', reasonCodes: [], helpful: 0, decidedTs: null, moderationCase: null, reply: null, media: null });
    return items[items.length - 1];
  };
  const stranger = (locale: DemoLocale) => {
    const person = makePerson(rng, locale, input.usedEmails);
    return { customerId: null, authorName: person.name, authorEmail: rng.chance(0.7) ? person.email : null };
  };

  // Accidental identical texts would blur the planted duplicates, so bodies are kept unique.
  const usedBodies = new Set<string>();
  const questionCount = Math.round(input.total * 0.145);
  const reviewCount = Math.max(1, input.total - questionCount - Math.round(questionCount * 1.05));
  for (let i = 0; i < reviewCount; i++) {
    if (i % PAUSE_EVERY === 0) await pause(signal);
    const order = purchases.length && rng.chance(0.62) ? rng.pick(purchases) : null;
    const createdTs = order ? order.createdTs + rng.int(MIN_REVIEW_LAG_DAYS, 60) * DAY_SECONDS + rng.int(0, DAY_SECONDS) : 0;
    if (order && createdTs < nowTs) {
      const customer = customerById.get(order.customerId!)!;
      const product = products.get(rng.pick(order.lines).productId)!;
      const rating = 1 + rng.weightedIndex(VERIFIED_RATINGS);
      const text = uniqueReview(rng, customer.locale, product, rating, usedBodies);
      add({ kind: 'review', parentKey: null, productId: product.id, customerId: customer.id, authorName: customer.name, authorEmail: customer.email,
        rating, ...text, language: customer.locale, verified: true, createdTs });
      continue;
    }
    const ts = sampleInstant(rng, demand, calendar);
    const product = picker.pick(rng, ts);
    // Some known customers review what they did not buy here: not a verified buyer.
    const known = rng.chance(0.2) ? rng.pick(customers) : null;
    const locale = known?.locale ?? pickLocale(rng);
    const rating = 1 + rng.weightedIndex(ANONYMOUS_RATINGS);
    const text = uniqueReview(rng, locale, product, rating, usedBodies);
    const author = known ? { customerId: known.id, authorName: known.name, authorEmail: known.email } : stranger(locale);
    const bought = known ? boughtAt.get(`${known.id}:${product.id}`) : undefined;
    add({ kind: 'review', parentKey: null, productId: product.id, ...author, rating, ...text, language: locale,
      verified: bought !== undefined && bought < ts, createdTs: ts });
  }

  for (let i = 0; i < questionCount; i++) {
    if (i % PAUSE_EVERY === 0) await pause(signal);
    const ts = sampleInstant(rng, demand, calendar);
    const product = picker.pick(rng, ts);
    const locale = pickLocale(rng);
    const { body, topic } = uniqueQuestion(rng, locale, product, usedBodies);
    const question = add({ kind: 'question', parentKey: null, productId: product.id, ...stranger(locale), rating: null, title: null,
      body, language: locale, verified: false, createdTs: ts });
    const answers = composeAnswers(rng, locale, topic, rng.weighted([0, 1, 2], [10, 75, 15]));
    let answeredTs = ts;
    for (const answer of answers) {
      answeredTs += rng.int(2, 72) * 3600;
      if (answeredTs >= nowTs) break;
      const author = answer.fromStaff ? { customerId: null, authorName: REVIEW_VOCAB[locale].staffName, authorEmail: null } : stranger(locale);
      add({ kind: 'answer', parentKey: question.key, productId: product.id, ...author, rating: null, title: null,
        body: answer.body, language: locale, verified: false, createdTs: answeredTs });
    }
  }
  return items;
}

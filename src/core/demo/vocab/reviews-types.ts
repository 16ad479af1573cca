/**
 * Per-language review and Q&A templates. Bodies are assembled from an opening, one or two
 * details and a closing, so thousands of reviews read naturally without repeating.
 * Placeholders: {name} (product, in quotes for ar/fa/ru so Russian stays nominative),
 * {material}, {colour}, {weeks} (a duration with its unit: "3 weeks", «۳ هفته», «5 недель»),
 * {phone}, {email}, {url}.
 * A detail starting with § fits only home decor (rugs, ceramics, home, lighting) and one
 * starting with ¶ only textiles (rugs, apparel, cushions…): a brooch never "fits the living room".
 */
export interface Tiered {
  pos: readonly string[];
  neu: readonly string[];
  neg: readonly string[];
}

/**
 * What each question (by index, the same order in every language) is about, as indexes of
 * the staff and customer answers that reply to it (null: nobody answers that way).
 */
export const QUESTION_TOPICS: readonly { staff: number | null; customer: number | null }[] = [
  { staff: null, customer: 0 }, // pets
  { staff: 1, customer: null }, // dimensions
  { staff: 2, customer: 1 }, // shipping
  { staff: 3, customer: 3 }, // colour
  { staff: 4, customer: null }, // gift wrap
  { staff: null, customer: 2 }, // cleaning
  { staff: 5, customer: null }, // restock
  { staff: 0, customer: null }, // handmade
];

export interface ReviewVocab {
  titles: Tiered;
  openings: Tiered;
  details: Tiered;
  closings: Tiered;
  questions: readonly string[];
  /** Answers from the shop's team. */
  staffAnswers: readonly string[];
  /** Answers from other customers. */
  customerAnswers: readonly string[];
  staffName: string;
  replies: { pos: readonly string[]; neg: readonly string[] };
  /** Moderation cases: sentences that carry a phone, an e-mail, a link or mild profanity. */
  phoneLines: readonly string[];
  phones: readonly string[];
  emailLines: readonly string[];
  linkLines: readonly string[];
  urls: readonly string[];
  /** Sentences with one mild swear word each, taken from `profanity`. */
  profanityLines: readonly string[];
  /** Mild words only; the moderation word lists must contain them. */
  profanity: readonly string[];
}

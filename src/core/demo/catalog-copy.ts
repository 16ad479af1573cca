import type { Rng } from './random';
import { DESCRIPTION_LABELS, INTROS, quoted, setPhrase } from './vocab/copy';
import { capitalize, nounPhrase } from './vocab/grammar';
import { DEMO_LOCALES, type Adjective, type CategoryVocab, type DemoLocale, type L4, type Noun } from './vocab/types';

export interface ProductCopy {
  titles: L4;
  shortNames: L4;
  descriptions: L4;
  material: L4;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Titles are "adjective + noun + «series»" in each language's word order, some with a
 * "Set of 6" in native digits. Descriptions use simple HTML: <p>, <ul><li>, <strong>.
 */
export function productCopy(rng: Rng, category: CategoryVocab, n: Noun, series: L4): ProductCopy {
  const allowed = n.adj ?? category.adjectives.map((_, i) => i);
  // A fifth of titles have no adjective, so «Ёлочная игрушка …» starts with Ё.
  const a: Adjective | null = rng.chance(0.2) ? null : category.adjectives[rng.pick(allowed)];
  const setCount = n.set && rng.chance(0.5) ? rng.pick([3, 4, 6, 12]) : null;
  const material = rng.pick(category.materials);
  const features = rng.sample(category.features, 3);
  const care = rng.pick(category.care);
  const intro = rng.pick(INTROS);

  const titles = {} as L4;
  const shortNames = {} as L4;
  const descriptions = {} as L4;
  for (const locale of DEMO_LOCALES) {
    const phrase = nounPhrase(locale, n, a);
    shortNames[locale] = phrase;
    let title = `${phrase} ${quoted(locale, series[locale])}`;
    if (setCount) title += `${locale === 'ar' || locale === 'fa' ? '، ' : ', '}${setPhrase(locale, setCount)}`;
    titles[locale] = capitalize(title);
    descriptions[locale] = describe(locale, titles[locale], material, features, care, intro);
  }
  return { titles, shortNames, descriptions, material };
}

function describe(locale: DemoLocale, title: string, material: L4, features: L4[], care: L4, intro: L4): string {
  const labels = DESCRIPTION_LABELS[locale];
  const opening = intro[locale].replace('{title}', title).replace('{material}', material[locale]);
  const items = features.map((f) => `<li>${escapeHtml(f[locale])}</li>`).join('');
  return (
    `<p>${escapeHtml(opening)}</p>` +
    `<p><strong>${escapeHtml(labels.highlights)}</strong></p>` +
    `<ul>${items}</ul>` +
    `<p><strong>${escapeHtml(labels.material)}:</strong> ${escapeHtml(material[locale])}. ${escapeHtml(care[locale])}</p>`
  );
}

/** URL handle: the English title as a slug plus the product number (always unique). */
export function handleFor(enTitle: string, productId: number): string {
  const slug = enTitle
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug}-${String(productId).padStart(4, '0')}`;
}

/**
 * Alt text from a pattern such as "{title} – {option1} – view {n}". Tokens: {title},
 * {option1}, {option2}, {vendor}, {n} (gallery position). An empty token takes its
 * separator with it, so "Rug – {option1} – view 2" without an option reads "Rug – view 2",
 * not "Rug –  – view 2". Unknown tokens are left as written. Pure.
 */
export interface AltValues {
  title: string;
  option1: string | null;
  option2: string | null;
  vendor: string | null;
  n: number;
}

const TOKEN = /\{(title|option1|option2|vendor|n)\}/g;
const EMPTY = '\u0000';
const SEPARATORS = '[\\-–—|·:,/]';

export function fillAltPattern(pattern: string, values: AltValues): string {
  const filled = pattern.replace(TOKEN, (_, name: keyof AltValues) => {
    const v = values[name];
    const text = v === null || v === undefined ? '' : String(v).trim();
    return text === '' ? EMPTY : text;
  });
  return filled
    .replace(new RegExp(`\\s*${SEPARATORS}?\\s*${EMPTY}`, 'g'), '')
    .replace(new RegExp(`^\\s*${SEPARATORS}\\s*`), '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Reason codes are stored as JSON text; a damaged value must not hide the review from
 * the queue, so anything that is not a list of strings reads as no reasons.
 */
export function parseReasonCodes(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

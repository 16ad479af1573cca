/**
 * Wraps merchant or customer text interpolated into a translated sentence in Unicode
 * first-strong isolates (FSI … PDI), so "حسین on Oversized Kaftan “Nika”" keeps its
 * punctuation in place whatever the mix of UI and text directions.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

import type { ValidationIssue } from '../../../shared/api';

/** Minimal issue shape shared by zod issues and the envelope's `issues`. */
type IssueLike = Pick<ValidationIssue, 'code'> & { path: readonly PropertyKey[] };

/** i18n key for a validation issue; zod's English `message` is never shown. */
export function issueMessageKey(issue: IssueLike): string {
  switch (issue.code) {
    case 'too_small':
      return 'validation.required';
    case 'too_big':
      return 'validation.too_long';
    case 'invalid_format':
    case 'invalid_string':
      return 'validation.invalid_format';
    default:
      return 'validation.invalid';
  }
}

/**
 * Maps issues to `{ field: i18nKey }` for inline form errors. `prefix` drops the envelope
 * path leading to the form's object (e.g. `['patch']` for `catalog.updateProduct`).
 */
export function fieldErrors(
  issues: readonly IssueLike[] | undefined,
  prefix: readonly PropertyKey[] = [],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const path = issue.path.slice(0, prefix.length).every((p, i) => p === prefix[i])
      ? issue.path.slice(prefix.length)
      : issue.path;
    const field = String(path[0] ?? '');
    if (field && !(field in errors)) errors[field] = issueMessageKey(issue);
  }
  return errors;
}

import type { z } from 'zod';
import type { Table } from './methods';

export interface QueryEntry<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'query';
  input: I;
  output: O;
  /** Tables this query reads: a `db.changed` event naming one refetches it. */
  reads: readonly Table[];
}
export interface MutationEntry<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'mutation';
  input: I;
  output: O;
  /** Tables this mutation writes: dispatch announces them in `db.changed`. */
  invalidates: readonly Table[];
}
export type ContractEntry = QueryEntry | MutationEntry;

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads: Table[]) =>
  ({ kind: 'query', input, output, reads }) as const;
export const mutation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  invalidates: Table[],
) => ({ kind: 'mutation', input, output, invalidates }) as const;


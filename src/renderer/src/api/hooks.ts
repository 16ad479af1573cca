import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  contract,
  isMethod,
  type ApiError,
  type Input,
  type Method,
  type Output,
  type Table,
} from '../../../shared/api';
import { useApiClient } from './api-context';
import type { InputArgs } from './client';

type QueryMethod = { [M in Method]: (typeof contract)[M]['kind'] extends 'query' ? M : never }[Method];
type MutationMethod = Exclude<Method, QueryMethod>;

/** Query methods answering a keyset page (`{ items, next }`) and taking an `after` cursor. */
export type PagedMethod = {
  [M in QueryMethod]: Output<M> extends { items: unknown[]; next: string | null }
    ? Input<M> extends { after?: string }
      ? M
      : never
    : never;
}[QueryMethod];

export type PageItem<M extends PagedMethod> = Output<M> extends { items: (infer T)[] } ? T : never;

type ExtraQueryOptions<M extends Method> = Omit<
  UseQueryOptions<Output<M>, ApiError, Output<M>>,
  'queryKey' | 'queryFn'
>;

/** Query key convention: `[method, input]`, so invalidation can match on the method name. */
export const queryKeyOf = <M extends Method>(method: M, input?: Input<M>) => [method, input ?? {}] as const;

export function useApiQuery<M extends QueryMethod>(
  method: M,
  input?: Input<M>,
  options?: ExtraQueryOptions<M>,
) {
  const client = useApiClient();
  return useQuery<Output<M>, ApiError>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => client.call(method, ...([input] as InputArgs<M>)),
    ...options,
  });
}

/**
 * Keyset pagination over a paged query: `fetchNextPage()` passes the last page's `next` as
 * `after`. While a new filter loads, the previous rows stay on screen instead of a skeleton.
 */
export function useApiPagedQuery<M extends PagedMethod>(method: M, input: Input<M>) {
  const client = useApiClient();
  const query = useInfiniteQuery<Output<M>, ApiError>({
    queryKey: [method, input, 'pages'],
    placeholderData: keepPreviousData,
    initialPageParam: undefined,
    queryFn: ({ pageParam }) =>
      client.call(method, ...([{ ...input, after: pageParam as string | undefined }] as InputArgs<M>)),
    getNextPageParam: (last) => (last as { next: string | null }).next ?? undefined,
  });
  const items = (query.data?.pages.flatMap((page) => (page as { items: unknown[] }).items) ??
    []) as PageItem<M>[];
  return { ...query, items };
}

/**
 * A contract mutation. On success it refetches queries reading the tables the contract says
 * it writes; the backend's `db.changed` event does the same, this just avoids waiting for it.
 */
export function useApiMutation<M extends MutationMethod>(method: M) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Output<M>, ApiError, Input<M>>({
    mutationFn: (input) => client.call(method, ...([input] as InputArgs<M>)),
    onSuccess: () => invalidateTables(queryClient, contract[method].invalidates),
  });
}

/** Whether a cached query (by key) reads any of `tables`, per the contract's `reads` list. */
export function queryReadsAny(queryKey: readonly unknown[], tables: readonly Table[]): boolean {
  const method = queryKey[0];
  if (!isMethod(method)) return false;
  const entry = contract[method];
  return entry.kind === 'query' && entry.reads.some((table) => tables.includes(table));
}

export function invalidateTables(queryClient: QueryClient, tables: readonly Table[]) {
  if (tables.length === 0) return Promise.resolve();
  return queryClient.invalidateQueries({ predicate: (query) => queryReadsAny(query.queryKey, tables) });
}

/** Mount once: refetches every query reading a table named in a `db.changed` event. */
export function useDbChangedInvalidation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(
    () => client.on('db.changed', ({ tables }) => void invalidateTables(queryClient, tables)),
    [client, queryClient],
  );
}

import type { z } from 'zod';
import type { Method } from './methods';
import type { ContractEntry } from './contract-entry';
import { appContract } from './contracts/app';
import { catalogContract } from './contracts/catalog';
import { catalogIoContract } from './contracts/catalog-io';
import { mediaContract } from './contracts/media';
import { insightsContract } from './contracts/insights';

export type { ContractEntry, QueryEntry, MutationEntry } from './contract-entry';

/**
 * Every method of the API: zod input and output, kind (query or mutation), and the tables it
 * reads or invalidates. Each domain declares its part in contracts/<domain>.ts; this union
 * must cover METHODS exactly (a missing or extra entry is a compile error).
 */
export const contract = {
  ...appContract,
  ...catalogContract,
  ...catalogIoContract,
  ...mediaContract,
  ...insightsContract,
} as const satisfies Record<Method, ContractEntry>;


export type Contract = typeof contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

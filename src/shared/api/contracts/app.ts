import { z } from 'zod';
import type { AppMethod } from '../names-types';
import { query, mutation, type ContractEntry } from '../contract-entry';
import { Empty, Id } from '../../schemas/common';
import { AppInfo, DemoCreateInput, DemoStatus, Doctor, Settings, SettingsPatch } from '../../schemas/app';
import { Job, JobRef, JobState } from '../../schemas/job';

/** App info and diagnostics, preferences, the demo store and background jobs. */
export const appContract = {
  /** Name, version, data folder and schema version of the running backend. */
  'app.info': query(Empty, AppInfo, ['settings', 'products']),
  /** Versions, `PRAGMA integrity_check`, schema version and free disk (the CLI `doctor`). */
  'app.doctor': query(Empty, Doctor, []),
  /** Merchant preferences: language, theme, numbering system, store name, currency. */
  'settings.get': query(Empty, Settings, ['settings']),
  /** Changes some preferences and returns all of them. */
  'settings.update': mutation(SettingsPatch, Settings, ['settings']),
  /** Whether a store exists in this data folder, with row counts. */
  'demo.status': query(Empty, DemoStatus, ['products', 'orders', 'reviews', 'images']),
  /** Creates (or resets to) the seeded demo store as a background job. */
  'demo.create': mutation(DemoCreateInput, JobRef, ['jobs']),
  /** Recent jobs, newest first, optionally filtered by state. */
  'jobs.list': query(
    z.object({ states: z.array(JobState).optional(), limit: z.number().int().min(1).max(200).default(20) }),
    z.array(Job),
    ['jobs'],
  ),
  /** Asks a queued or running job to stop; it ends in state `cancelled`. */
  'jobs.cancel': mutation(z.object({ id: Id }), Job, ['jobs']),
} as const satisfies Record<AppMethod, ContractEntry>;

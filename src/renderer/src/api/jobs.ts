import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Job } from '../../../shared/schemas/job';
import { useApiClient } from './api-context';

export const isActiveJob = (job: Job) => job.state === 'queued' || job.state === 'running';

/** Replaces a job in a newest-first list by id, or puts a job we have not seen on top. */
export function upsertJob(list: Job[], job: Job): Job[] {
  const index = list.findIndex((j) => j.id === job.id);
  if (index === -1) return [job, ...list];
  const next = list.slice();
  next[index] = job;
  return next;
}

/**
 * Mount once: folds every `jobs.progress` event into the cached `jobs.list` results, so
 * progress bars move without a refetch per tick.
 */
export function useJobEventsSync() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.on('jobs.progress', (job) => {
        queryClient.setQueriesData<Job[]>({ queryKey: ['jobs.list'] }, (list) =>
          list ? upsertJob(list, job) : list,
        );
      }),
    [client, queryClient],
  );
}

/** The live state of one job: the latest `jobs.progress` event for it, else what the cache knows. */
export function useJob(jobId: number | null): Job | null {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [live, setLive] = useState<Job | null>(null);

  useEffect(() => {
    if (jobId === null) return undefined;
    let heardEvent = false;
    let active = true;
    const unsubscribe = client.on('jobs.progress', (event) => {
      if (event.id !== jobId) return;
      heardEvent = true;
      setLive(event);
    });
    // Events sent before we subscribed are lost; one read closes that gap.
    client
      .try('jobs.list', { limit: 50 })
      .then((reply) => {
        const found = reply.ok ? reply.value.find((j) => j.id === jobId) : undefined;
        if (found && active && !heardEvent) setLive(found);
      })
      .catch(() => undefined);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [client, jobId]);

  if (jobId === null) return null;
  if (live?.id === jobId) return live;
  return (
    queryClient
      .getQueriesData<Job[]>({ queryKey: ['jobs.list'] })
      .flatMap(([, list]) => list ?? [])
      .find((j) => j.id === jobId) ?? null
  );
}

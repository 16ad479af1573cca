import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryReadsAny } from '../../src/renderer/src/api/hooks';
import { useApiQuery } from '../../src/renderer/src/api/hooks';
import { JobTray } from '../../src/renderer/src/shell/JobTray/JobTray';
import { FakeBackend } from './fake-backend';
import { render } from './render';

function Probe() {
  const reviews = useApiQuery('moderation.listReviews', { status: 'pending' });
  const sync = useApiQuery('sync.status');
  return (
    <p>
      {reviews.data ? `reviews:${reviews.data.items.length}` : 'reviews:…'} {sync.data ? `pending:${sync.data.pendingOps}` : 'pending:…'}
    </p>
  );
}

describe('db.changed invalidation', () => {
  it('matches queries to tables through the contract `reads` lists', () => {
    expect(queryReadsAny(['catalog.listProducts', {}], ['variants'])).toBe(true);
    expect(queryReadsAny(['catalog.listProducts', {}], ['reviews'])).toBe(false);
    expect(queryReadsAny(['not.a.method'], ['products'])).toBe(false);
  });

  it('refetches only the queries that read a changed table', async () => {
    const { backend } = render(<Probe />);
    expect(await screen.findByText('reviews:3 pending:0')).toBeTruthy();
    const before = { reviews: backend.callsTo('moderation.listReviews').length, sync: backend.callsTo('sync.status').length };

    backend.reviews = backend.reviews.filter((r) => r.id !== 2);
    act(() => backend.emit('db.changed', { tables: ['reviews'] }));
    expect(await screen.findByText('reviews:2 pending:0')).toBeTruthy();
    expect(backend.callsTo('moderation.listReviews')).toHaveLength(before.reviews + 1);
    expect(backend.callsTo('sync.status')).toHaveLength(before.sync);
  });
});

describe('job tray', () => {
  it('badges running jobs, lists them with live progress and cancels one', async () => {
    const backend = new FakeBackend();
    await backend.call('demo.create', {});
    backend.updateJob(1, { state: 'running', done: 2, total: 8, step: 'jobs.step.orders' });
    render(<JobTray />, { backend });

    const button = await screen.findByRole('button', { name: 'Background tasks, 1 running' });
    fireEvent.click(button);
    const job = await screen.findByTestId('job-1');
    expect(within(job).getByText('Creating the demo store')).toBeTruthy();
    expect(within(job).getByText('Adding orders')).toBeTruthy();

    act(() => {
      backend.updateJob(1, { done: 6, step: 'jobs.step.checkouts' });
    });
    expect(await within(job).findByText('6 of 8')).toBeTruthy();
    expect(within(job).getByText('Adding checkouts')).toBeTruthy();

    fireEvent.click(within(job).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(backend.callsTo('jobs.cancel')).toEqual([{ id: 1 }]));
    expect(await within(job).findByText('Cancelled')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Background tasks, 0 running' })).toBeTruthy();
  });

  it('uses the plural forms of the UI language', async () => {
    const backend = new FakeBackend();
    for (let i = 0; i < 3; i += 1) await backend.call('demo.create', {});
    render(<JobTray />, { backend, language: 'ru' });
    expect(await screen.findByRole('button', { name: 'Фоновые задачи: выполняются 3 задачи' })).toBeTruthy();
  });
});

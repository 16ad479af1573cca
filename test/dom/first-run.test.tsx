import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fake-backend';
import { renderApp } from './render';

describe('first run', () => {
  it('creates the demo store, follows the job through progress events, then opens Products', async () => {
    const backend = new FakeBackend({ hasStore: false });
    renderApp({ backend });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Storekeeper' })).toBeTruthy();
    expect(document.documentElement.dataset.appState).toBe('ready');

    fireEvent.click(screen.getByRole('radio', { name: /Full/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create demo store' }));
    await waitFor(() => expect(backend.callsTo('demo.create')).toEqual([{ seed: 1, scale: 'full' }]));
    const jobId = backend.jobs[0].id;

    act(() => {
      backend.updateJob(jobId, { state: 'running', done: 3, total: 10, step: 'jobs.step.images' });
    });
    expect(await screen.findByText('Generating product images')).toBeTruthy();
    expect(screen.getByText('3 of 10')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Progress: Creating the demo store' }).getAttribute('aria-valuenow')).toBe('30');

    act(() => {
      backend.updateJob(jobId, { done: 8, step: 'jobs.step.reviews' });
    });
    expect(await screen.findByText('Adding reviews and questions')).toBeTruthy();

    act(() => {
      backend.completeDemo(jobId);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Linen Shirt' })).toBeTruthy();
  });

  it('cancels the running demo job and offers to start again', async () => {
    const backend = new FakeBackend({ hasStore: false });
    renderApp({ backend });
    fireEvent.click(await screen.findByRole('button', { name: 'Create demo store' }));
    await waitFor(() => expect(backend.jobs).toHaveLength(1));
    act(() => {
      backend.updateJob(backend.jobs[0].id, { state: 'running', done: 1, total: 10, step: 'jobs.step.catalog' });
    });
    const progress = await screen.findByTestId(`job-${backend.jobs[0].id}`);
    fireEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(backend.callsTo('jobs.cancel')).toEqual([{ id: backend.jobs[0].id }]));
    expect(await screen.findByText('Demo store creation was cancelled. You can start it again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create demo store' })).toBeTruthy();
  });

  it('shows the failure reason of a failed demo job', async () => {
    const backend = new FakeBackend({ hasStore: false });
    renderApp({ backend });
    fireEvent.click(await screen.findByRole('button', { name: 'Create demo store' }));
    await waitFor(() => expect(backend.jobs).toHaveLength(1));
    act(() => {
      backend.updateJob(backend.jobs[0].id, {
        state: 'failed',
        error: { code: 'conflict', i18nKey: 'errors.demo_already_running', message: 'busy' },
      });
    });
    expect(await screen.findByText('A demo store is already being created. Wait for it to finish.')).toBeTruthy();
  });

  it('"Start with an empty store" goes to Products and is remembered', async () => {
    const backend = new FakeBackend({ hasStore: false });
    const first = renderApp({ backend });
    fireEvent.click(await screen.findByRole('button', { name: 'Start with an empty store' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No products yet' })).toBeTruthy();
    first.unmount();

    renderApp({ backend, url: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
  });

  it('follows a demo job that was already running when the window (re)loaded', async () => {
    const backend = new FakeBackend({ hasStore: false });
    await backend.call('demo.create', { scale: 'small' });
    backend.updateJob(1, { state: 'running', done: 4, total: 10, step: 'jobs.step.customers' });
    renderApp({ backend });
    expect(await screen.findByText('Adding customers')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create demo store' })).toBeNull();
    act(() => {
      backend.completeDemo(1);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
  });
});

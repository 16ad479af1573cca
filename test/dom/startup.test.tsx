import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/shared/api';
import { AppErrorBoundary } from '../../src/renderer/src/components/AppErrorBoundary/AppErrorBoundary';
import { FakeBackend } from './fake-backend';
import { render, renderApp } from './render';

describe('startup screens', () => {
  it('db_too_new explains that the app must be updated and that data is untouched', async () => {
    const backend = new FakeBackend();
    backend.fail('app.info', new ApiError('db_too_new', 'schema 7 > 1', { correlationId: 'abc-1' }));
    renderApp({ backend });
    expect(await screen.findByRole('heading', { level: 1, name: 'This store was opened by a newer Storekeeper' })).toBeTruthy();
    expect(screen.getByText('Your data has not been changed.')).toBeTruthy();
    expect(screen.getByText('Reference: abc-1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(document.documentElement.dataset.appState).toBe('error');
    expect(backend.callsTo('settings.get')).toEqual([]);
  });

  it('db_corrupt gets its own protective screen', async () => {
    const backend = new FakeBackend();
    backend.fail('app.info', new ApiError('db_corrupt', 'SQLITE_CORRUPT'));
    renderApp({ backend });
    expect(await screen.findByRole('heading', { level: 1, name: 'The store database is damaged' })).toBeTruthy();
    expect(document.documentElement.dataset.appState).toBe('error');
  });

  it('the startup screens are translated too', async () => {
    const backend = new FakeBackend();
    backend.fail('app.info', new ApiError('db_too_new', 'schema 7 > 1'));
    renderApp({ backend, url: '/?lang=ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'فُتح هذا المتجر بإصدار أحدث من Storekeeper' })).toBeTruthy();
  });

  it('any other startup failure offers Retry, which recovers', async () => {
    const backend = new FakeBackend();
    backend.fail('app.info', new ApiError('offline', 'host down'));
    renderApp({ backend });
    expect(await screen.findByRole('heading', { level: 1, name: 'Storekeeper could not start' })).toBeTruthy();
    expect(screen.getByText('Storekeeper cannot reach its data right now. Check the connection and retry.')).toBeTruthy();

    backend.restore('app.info');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
    expect(document.documentElement.dataset.appState).toBe('ready');
  });
});

describe('error boundary', () => {
  function Broken(): never {
    throw new Error('render bug');
  }

  it('replaces a crashed tree with a translated reload screen', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReload = vi.fn();
    render(
      <AppErrorBoundary onReload={onReload}>
        <Broken />
      </AppErrorBoundary>,
      { language: 'ru' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Что-то пошло не так' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Перезагрузить Storekeeper' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(document.documentElement.dataset.appState).toBe('error');
    quiet.mockRestore();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api';
import { AccessibilityPage } from '../../src/renderer/src/features/accessibility/AccessibilityPage.page';
import { DashboardsPage } from '../../src/renderer/src/features/dashboards/DashboardsPage.page';
import { ModerationPage } from '../../src/renderer/src/features/moderation/ModerationPage.page';
import { SettingsPage } from '../../src/renderer/src/features/settings/SettingsPage.page';
import { SyncPage } from '../../src/renderer/src/features/sync/SyncPage.page';
import { FakeBackend } from './fake-backend';
import { render } from './render';

describe('Accessibility section', () => {
  it('shows audit.summary as stat cards with shares of all images', async () => {
    render(<AccessibilityPage />);
    // 12 fake products, every fourth without images → 9 images; odd-numbered ones lack alt text → 3.
    const card = (await screen.findByText('Missing alt text')).closest('.mantine-Paper-root') as HTMLElement;
    expect(within(card).getByText('3')).toBeTruthy();
    expect(within(card).getByText('33.3% of images')).toBeTruthy();
    const images = screen.getByText('Images').closest('.mantine-Paper-root') as HTMLElement;
    expect(within(images).getByText('9')).toBeTruthy();
  });

  it('has an empty state when there are no images', async () => {
    render(<AccessibilityPage />, { backend: new FakeBackend({ hasStore: false }) });
    expect(await screen.findByRole('heading', { name: 'No images to check yet' })).toBeTruthy();
  });
});

describe('Moderation section', () => {
  it('lists pending reviews with translated reason badges, stars and customer text in its own direction', async () => {
    const { backend } = render(<ModerationPage />);
    expect(await screen.findByText('Personal information')).toBeTruthy();
    expect(screen.getByText('Link')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Rated 4 out of 5' })).toBeTruthy();
    const body = screen.getByText('Есть ли размер XS?');
    expect(body.getAttribute('dir')).toBe('auto');
    expect(body.getAttribute('lang')).toBe('ru');
    expect(backend.callsTo('moderation.listReviews')[0]).toMatchObject({ status: 'pending' });
  });

  it('switches status tabs and asks for that status', async () => {
    const { backend } = render(<ModerationPage />, { language: 'ar' });
    await screen.findByText('معلومات شخصية');
    fireEvent.click(screen.getByRole('tab', { name: 'مُبلَّغ عنها' }));
    expect(await screen.findByText('ألفاظ نابية')).toBeTruthy();
    expect(screen.getByText('مكرّر')).toBeTruthy();
    expect(backend.callsTo('moderation.listReviews').at(-1)).toMatchObject({ status: 'flagged' });
  });

  it('shows an empty state for a tab with nothing in it', async () => {
    const backend = new FakeBackend();
    backend.reviews = backend.reviews.filter((r) => r.status !== 'pending');
    render(<ModerationPage />, { backend });
    expect(await screen.findByRole('heading', { name: 'Nothing waiting. You are all caught up.' })).toBeTruthy();
  });
});

describe('Dashboards section', () => {
  it('formats KPIs: money from minor units, percent, rating', async () => {
    render(<DashboardsPage />);
    expect(await screen.findByText('$12,543.00')).toBeTruthy();
    expect(screen.getByText('$52.26')).toBeTruthy();
    expect(screen.getByText('40%')).toBeTruthy();
    expect(screen.getByText('4.3')).toBeTruthy();
  });

  it('shows the error alert with Retry when metrics fail', async () => {
    const backend = new FakeBackend();
    backend.fail('metrics.summary', new ApiError('rate_limited', 'slow down'));
    render(<DashboardsPage />, { backend });
    expect(await screen.findByText('The online store is asking us to slow down. Try again in a minute.')).toBeTruthy();
    backend.restore('metrics.summary');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('$12,543.00')).toBeTruthy();
  });
});

describe('Sync section', () => {
  it('says no store is connected and lists the outbox', async () => {
    const backend = new FakeBackend();
    backend.outbox = [
      { opId: '00000000-0000-4000-8000-000000000001', seq: 1, entity: 'product', entityId: '3', kind: 'update', patch: { title: 'x' }, base: {}, state: 'conflict', attempts: 2, lastError: null, createdAt: '2026-03-02T10:00:00Z' },
    ];
    render(<SyncPage />, { backend });
    expect(await screen.findByRole('heading', { name: 'No store connected yet' })).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('product #3')).toBeTruthy();
    expect(within(table).getByText('Conflict')).toBeTruthy();
  });

  it('shows an empty outbox', async () => {
    render(<SyncPage />);
    expect(await screen.findByRole('heading', { name: 'The outbox is empty' })).toBeTruthy();
  });
});

describe('Settings section', () => {
  it('validates the currency inline and saves a normalised patch', async () => {
    const { backend } = render(<SettingsPage />);
    const currency = await screen.findByRole('textbox', { name: 'Currency' });
    fireEvent.change(currency, { target: { value: 'E1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Enter a three-letter currency code, such as USD or EUR.')).toBeTruthy();
    expect(backend.callsTo('settings.update')).toEqual([]);

    fireEvent.change(currency, { target: { value: 'eur' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Digits/ }), { target: { value: 'arab' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(backend.callsTo('settings.update')).toEqual([{ currency: 'EUR', numberingSystem: 'arab' }]));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('shows diagnostics from app.doctor', async () => {
    render(<SettingsPage />);
    expect(await screen.findByText('/home/merchant/.storekeeper/storekeeper.db')).toBeTruthy();
    expect(screen.getByText('Healthy')).toBeTruthy();
    expect(screen.getByText('Not running in the desktop app')).toBeTruthy();
  });
});

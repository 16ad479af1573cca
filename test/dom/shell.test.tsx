import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fake-backend';
import { renderApp } from './render';

const SECTION_NAMES = ['Products', 'Accessibility', 'Moderation', 'Dashboards', 'Sync', 'Settings'];

describe('app shell', () => {
  it('renders the six sections in a labelled navigation and marks the app ready', async () => {
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(SECTION_NAMES);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
    expect(document.documentElement.dataset.appState).toBe('ready');
  });

  it('switches sections from the navbar and marks the current one', async () => {
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Sync' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sync' })).toBeTruthy();
    expect(window.location.hash).toBe('#/sync');
    expect(within(nav).getByRole('link', { name: 'Sync' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Products' }).getAttribute('aria-current')).toBeNull();
    // Only one h1 per screen.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('opens the section named in the URL hash', async () => {
    renderApp({ url: '/#/dashboards' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboards' })).toBeTruthy();
  });

  it('jumps to sections with mod+number and opens the shortcut help with ?', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Products' });
    fireEvent.keyDown(document.documentElement, { key: '4', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboards' })).toBeTruthy();
    fireEvent.keyDown(document.documentElement, { key: '6', metaKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();

    fireEvent.keyDown(document.documentElement, { key: '?', shiftKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Go to Moderation')).toBeTruthy();
  });

  it('shows the store name from settings in the header', async () => {
    renderApp({ backend: new FakeBackend({ settings: { storeName: 'Tehran Leather Co' } }) });
    const banner = await screen.findByRole('banner');
    await waitFor(() => expect(within(banner).getByText('Tehran Leather Co')).toBeTruthy());
  });

  it('switches the theme and stores it', async () => {
    const { backend } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Products' });
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('light');
    fireEvent.click(screen.getByRole('button', { name: 'Theme: Light' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark'));
    await waitFor(() => expect(backend.callsTo('settings.update')).toEqual([{ theme: 'dark' }]));
    expect(await screen.findByRole('button', { name: 'Theme: Dark' })).toBeTruthy();
  });

  it('applies the stored theme at start', async () => {
    renderApp({ backend: new FakeBackend({ settings: { theme: 'dark' } }) });
    await screen.findByRole('heading', { level: 1, name: 'Products' });
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark');
  });
});

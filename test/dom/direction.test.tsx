import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fake-backend';
import { renderApp } from './render';

const html = document.documentElement;

describe('language and direction', () => {
  it('switching to Arabic sets <html lang=ar dir=rtl>, shows Arabic labels and stores the choice', async () => {
    const { backend } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Products' });
    expect(html.getAttribute('dir')).toBe('ltr');

    fireEvent.click(screen.getByRole('button', { name: 'Language: English' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'العربية' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'المنتجات' })).toBeTruthy();
    expect(html.getAttribute('lang')).toBe('ar');
    expect(html.getAttribute('dir')).toBe('rtl');
    const nav = screen.getByRole('navigation', { name: 'التنقّل الرئيسي' });
    expect(within(nav).getByRole('link', { name: 'الإعدادات' })).toBeTruthy();
    await waitFor(() => expect(backend.callsTo('settings.update')).toContainEqual({ language: 'ar' }));
  });

  it('honours ?lang=fa at start over the stored language, without saving it', async () => {
    const backend = new FakeBackend({ settings: { language: 'en' } });
    renderApp({ backend, url: '/?lang=fa' });
    expect(html.getAttribute('lang')).toBe('fa');
    expect(html.getAttribute('dir')).toBe('rtl');
    expect(await screen.findByRole('heading', { level: 1, name: 'محصولات' })).toBeTruthy();
    // Settings (language: en) have loaded by now and must not have switched the UI back.
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));
    expect(html.getAttribute('lang')).toBe('fa');
    expect(backend.callsTo('settings.update')).toEqual([]);
  });

  it('ignores an unknown ?lang value', async () => {
    renderApp({ url: '/?lang=xx' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Products' })).toBeTruthy();
    expect(html.getAttribute('lang')).toBe('en');
  });

  it('applies the stored language and numbering system from settings at start', async () => {
    const backend = new FakeBackend({ settings: { language: 'ru', numberingSystem: 'latn' } });
    renderApp({ backend, url: '/#/dashboards' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Показатели' })).toBeTruthy();
    expect(html.getAttribute('lang')).toBe('ru');
    expect(html.getAttribute('dir')).toBe('ltr');
  });

  it('formats figures with Persian digits in fa unless the numbering setting forces Latin ones', async () => {
    renderApp({ url: '/?lang=fa#/dashboards' });
    // 240 orders in the fake store.
    expect(await screen.findByText('۲۴۰')).toBeTruthy();
  });

  it('keeps Latin digits in fa when the merchant chose them', async () => {
    const backend = new FakeBackend({ settings: { numberingSystem: 'latn' } });
    renderApp({ backend, url: '/?lang=fa#/dashboards' });
    expect(await screen.findByText('240')).toBeTruthy();
    expect(screen.queryByText('۲۴۰')).toBeNull();
  });
});

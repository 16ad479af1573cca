import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fake-backend';
import { renderApp } from './render';

/**
 * axe-core over the rendered DOM. jsdom has no layout, so colour contrast cannot be computed
 * here (the e2e run in Chromium covers it); every other rule runs.
 */
async function seriousViolations() {
  const results = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the axe harness', () => {
  it('does report a serious violation when there is one', async () => {
    document.documentElement.lang = 'en';
    document.title = 'harness';
    render(
      <main>
        <h1>Harness</h1>
        <button type="button">
          <svg aria-hidden="true" />
        </button>
      </main>,
    );
    expect((await seriousViolations()).some((v) => v.startsWith('button-name'))).toBe(true);
    document.title = '';
  });
});

describe.each(['en', 'ar'] as const)('accessibility of our own UI (%s)', (lang) => {
  it('Products with its table has no serious or critical axe violations', async () => {
    renderApp({ url: `/?lang=${lang}#/products` });
    await screen.findAllByRole('row');
    expect(await seriousViolations()).toEqual([]);
  });

  it('the product drawer has none', async () => {
    renderApp({ url: `/?lang=${lang}#/products` });
    const rows = await screen.findAllByRole('row');
    fireEvent.click(rows[1]);
    await screen.findByRole('dialog');
    await screen.findAllByRole('form');
    expect(await seriousViolations()).toEqual([]);
  });

  it.each(['moderation', 'dashboards', 'sync', 'settings', 'accessibility'])('the %s section has none', async (section) => {
    renderApp({ url: `/?lang=${lang}#/${section}` });
    await screen.findByRole('heading', { level: 1 });
    // Scan the loaded section, not its skeletons.
    await waitFor(() => expect(document.querySelector('.mantine-Skeleton-root')).toBeNull());
    expect(await seriousViolations()).toEqual([]);
  });

  it('the welcome screen has none', async () => {
    renderApp({ url: `/?lang=${lang}`, backend: new FakeBackend({ hasStore: false }) });
    await screen.findAllByRole('radio');
    expect(await seriousViolations()).toEqual([]);
  });
});

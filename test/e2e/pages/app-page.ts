import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunningHost } from '../fixtures/host';
import { translator, type AppLang } from './translations';

export type { AppLang };
export const SECTIONS = ['products', 'accessibility', 'moderation', 'dashboards', 'sync', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The shell: navigation, language, readiness, and an axe audit of whatever is on screen. */
export class AppPage {
  readonly t: ReturnType<typeof translator>;

  constructor(
    readonly page: Page,
    readonly lang: AppLang,
    private readonly host: RunningHost | null,
  ) {
    this.t = translator(lang);
  }

  /** Signs in with the host's one-time URL, then opens the app in this page's language. */
  async open(section: Section = 'products'): Promise<void> {
    if (!this.host) return this.waitReady();
    await this.page.goto(this.host.entryUrl);
    await this.page.goto(`${this.host.origin}/?lang=${this.lang}#/${section}`);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready', { timeout: 30_000 });
  }

  navLink(section: Section): Locator {
    return this.page
      .getByRole('navigation', { name: this.t('nav.label') })
      .getByRole('link', { name: this.t(`nav.${section}`), exact: true });
  }

  heading(section: Section): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t(`nav.${section}`) });
  }

  async goto(section: Section): Promise<void> {
    await this.navLink(section).click();
    await expect(this.heading(section)).toBeVisible();
  }

  /** Parks the pointer on the empty middle of the header, so no tooltip or hover hides content. */
  async parkPointer(): Promise<void> {
    const width = this.page.viewportSize()?.width ?? 1280;
    await this.page.mouse.move(width / 2, 20);
  }

  async expectDirection(dir: 'ltr' | 'rtl', lang: AppLang): Promise<void> {
    const html = this.page.locator('html');
    await expect(html).toHaveAttribute('dir', dir);
    await expect(html).toHaveAttribute('lang', lang);
  }

  /** Runs axe-core in the page (via the DevTools protocol, so the app's CSP stays strict). */
  async axe(): Promise<AxeViolation[]> {
    await this.page.evaluate(axeSource);
    const result = await this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }

  async expectNoSeriousAxeViolations(): Promise<void> {
    const serious = (await this.axe()).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  }
}

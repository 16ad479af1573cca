import { expect, type Locator } from '@playwright/test';
import type { AppPage } from './app-page';

/** The Products section: search, the product table and the edit drawer. */
export class ProductsPage {
  constructor(private readonly app: AppPage) {}

  get search(): Locator {
    return this.app.page.getByRole('searchbox', { name: this.app.t('products.search.label') });
  }

  get rows(): Locator {
    return this.app.page.getByRole('table').locator('tbody tr');
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async openProduct(title: string | RegExp): Promise<void> {
    await this.rows.filter({ hasText: title }).first().click();
    await expect(this.app.page.getByRole('dialog')).toBeVisible();
  }

  get titleField(): Locator {
    return this.app.page.getByRole('dialog').getByRole('textbox', { name: this.app.t('products.edit.field_title') });
  }

  async save(): Promise<void> {
    await this.app.page.getByRole('dialog').getByRole('button', { name: this.app.t('common.save') }).click();
  }
}

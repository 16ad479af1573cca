import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/core/backend';
import { silentLogger } from '../../src/core/ports';
import { tempDir } from './helpers/temp-dir';

const t = tempDir('sk-settings-');
const backendPromise = createBackend({ dataDir: t.dir, appVersion: 'test', runJobs: false, logger: silentLogger });
afterAll(async () => {
  await (await backendPromise).close();
  t.cleanup();
});

describe('settings.update', () => {
  it('stores a real ISO 4217 currency', async () => {
    const backend = await backendPromise;
    const reply = await backend.dispatch('settings.update', { currency: 'IRR' });
    expect(reply).toMatchObject({ ok: true, value: { currency: 'IRR' } });
  });

  it('refuses a well-formed code that is not a currency and keeps the stored one', async () => {
    const backend = await backendPromise;
    const reply = await backend.dispatch('settings.update', { currency: 'DOL', storeName: 'Renamed' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('validation');
    expect(reply.error.issues?.[0]?.path).toEqual(['currency']);
    // Nothing of the rejected patch was written, not even the valid store name.
    const now = await backend.dispatch('settings.get', {});
    expect(now).toMatchObject({ ok: true, value: { currency: 'IRR', storeName: 'My store' } });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSafeStorageSecretStore, NO_KEYRING_WARNING, type SafeStorageLike } from '../../src/main/secrets';

/** A stand-in for Electron's safeStorage: reversible, but never the plaintext. */
function fakeSafeStorage(backend: string | null, available = true): SafeStorageLike {
  const fake: SafeStorageLike = {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
    decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
  };
  if (backend) fake.getSelectedStorageBackend = () => backend;
  return fake;
}

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('SecretStore over safeStorage', () => {
  it('round-trips secrets and stores only ciphertext, in a 0600 file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sk-secrets-'));
    const file = join(dir, 'secrets.json');
    const store = createSafeStorageSecretStore(fakeSafeStorage('gnome_libsecret'), file);
    expect(store.warning).toBeNull();
    await store.set('shop.token', 'shpat_very_secret_value');
    expect(await store.get('shop.token')).toBe('shpat_very_secret_value');
    expect(readFileSync(file, 'utf8')).not.toContain('shpat_very_secret_value');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    await store.delete('shop.token');
    expect(await store.get('shop.token')).toBeNull();
  });

  it('warns when Linux has no keyring (basic_text)', () => {
    const store = createSafeStorageSecretStore(fakeSafeStorage('basic_text'), '/nonexistent/secrets.json');
    expect(store.warning).toBe(NO_KEYRING_WARNING);
  });

  it('refuses to store a secret when encryption is unavailable, instead of downgrading', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sk-secrets-'));
    const store = createSafeStorageSecretStore(fakeSafeStorage(null, false), join(dir, 'secrets.json'));
    await expect(store.set('k', 'v')).rejects.toThrow(/not available/);
  });
});

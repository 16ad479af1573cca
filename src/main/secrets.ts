import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SecretStore } from '../core/ports';

/** The part of Electron's `safeStorage` we use; a fake in tests. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only; other platforms do not have the method. */
  getSelectedStorageBackend?(): string;
}

export const NO_KEYRING_WARNING =
  'No system keyring was found (Linux "basic_text" backend): store tokens are only ' +
  'obfuscated, not encrypted. Install and unlock a keyring (GNOME Keyring or KWallet) to protect them.';

/**
 * Secrets (Store API tokens) encrypted by the OS keychain through safeStorage and kept
 * in a 0600 JSON file of ciphertexts: never in SQLite, never in localStorage. Call after
 * `app` is ready (safeStorage needs it on Linux).
 */
export function createSafeStorageSecretStore(safeStorage: SafeStorageLike, file: string): SecretStore {
  const backendName = safeStorage.getSelectedStorageBackend?.() ?? null;
  const warning = backendName === 'basic_text' ? NO_KEYRING_WARNING : null;

  async function load(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }
  async function save(entries: Record<string, string>): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    await writeFile(tmp, JSON.stringify(entries), { mode: 0o600 });
    await chmod(tmp, 0o600);
    await rename(tmp, file);
  }

  return {
    warning,
    async get(key) {
      const sealed = (await load())[key];
      if (sealed === undefined) return null;
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    },
    async set(key, value) {
      // Refuse rather than silently store plaintext when the OS offers no encryption.
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error('safeStorage encryption is not available on this system');
      }
      const entries = await load();
      entries[key] = safeStorage.encryptString(value).toString('base64');
      await save(entries);
    },
    async delete(key) {
      const entries = await load();
      if (!(key in entries)) return;
      delete entries[key];
      await save(entries);
    },
  };
}

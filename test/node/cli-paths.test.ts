import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/core/paths';
import { intOption, splitCommand } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';

describe('defaultDataDir: the same folder as Electron userData for "Storekeeper"', () => {
  it.each([
    [{ platform: 'linux', env: {}, home: '/home/ana' }, '/home/ana/.config/Storekeeper'],
    [{ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/ana' }, '/xdg/Storekeeper'],
    [{ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/ana' }, '/home/ana/.config/Storekeeper'],
    [{ platform: 'darwin', env: {}, home: '/Users/ana' }, '/Users/ana/Library/Application Support/Storekeeper'],
    [{ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, home: 'C:\\Users\\ana' }, 'C:\\Users\\ana\\AppData\\Roaming\\Storekeeper'],
    [{ platform: 'win32', env: {}, home: 'C:\\Users\\ana' }, 'C:\\Users\\ana\\AppData\\Roaming\\Storekeeper'],
  ] as const)('%j → %s', (p, expected) => {
    expect(defaultDataDir({ ...p, env: { ...p.env } })).toBe(expected);
  });
});

describe('CLI argument helpers', () => {
  it('finds the command after global options, skipping the --data-dir value', () => {
    expect(splitCommand(['--data-dir', 'serve', 'doctor', '--json'])).toEqual({
      command: 'doctor',
      before: ['--data-dir', 'serve'],
      after: ['--json'],
    });
    expect(splitCommand(['--json', '--data-dir=x', 'demo', '--seed', '3'])).toEqual({
      command: 'demo',
      before: ['--json', '--data-dir=x'],
      after: ['--seed', '3'],
    });
    expect(splitCommand(['--help'])).toEqual({ command: null, before: ['--help'], after: [] });
  });

  it('parses whole numbers in range and refuses anything else as a usage error', () => {
    expect(intOption('8080', 'port', 0, 65535)).toBe(8080);
    expect(intOption(undefined, 'port', 0, 65535)).toBeUndefined();
    for (const bad of ['', '-1', '1e3', '0x10', '65536', ' ', 'abc', '1.0']) {
      expect(() => intOption(bad, 'port', 0, 65535)).toThrow(UsageError);
    }
  });
});

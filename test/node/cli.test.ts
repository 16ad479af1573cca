import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runCli } from './helpers/run-cli';

const ROOT = join(__dirname, '..', '..');
const CLI_ARGS = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts')];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'sk-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cli = runCli;

describe('storekeeper CLI: usage', () => {
  it('--help lists the commands and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['serve', 'demo', 'doctor', '--data-dir', '--json']) expect(run.stdout).toContain(name);
    expect(run.stderr).toBe('');
  });

  it('--help works per command, before or after it', async () => {
    for (const args of [['demo', '--help'], ['demo', '-h'], ['help', 'demo'], ['--help', 'demo']]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('--scale small|full');
    }
  });

  it('--version prints the package version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });

  it('an unknown command is a usage error (exit 2) that lists the commands', async () => {
    const run = await cli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
    expect(run.stderr).toContain('serve, demo, doctor');
    expect(run.stdout).toBe('');
  });

  it.each([
    [['doctor', '--bogus']],
    [['--bogus', 'doctor']],
    [['doctor', '--data-dir']],
    [['doctor', 'extra']],
    [['serve', '--port', 'http']],
    [['serve', '--port', '70000']],
    [['demo', '--seed', '-1']],
    [['demo', '--seed', '1.5']],
    [[]],
  ])('%j exits 2 with one clear message', async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^storekeeper: .+/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('demo with a bad --scale exits 2 before touching the data folder', async () => {
    const dataDir = join(tmp, 'never-created');
    const run = await cli(['demo', '--scale', 'huge', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--scale must be one of: small, full (got 'huge')");
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('storekeeper CLI: doctor', () => {
  it('initialises a new data folder and reports schema and integrity as JSON', async () => {
    const dataDir = join(tmp, 'doctor');
    const run = await cli(['--data-dir', dataDir, 'doctor', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]);
    expect(report.integrity).toBe('ok');
    expect(report.schemaVersion).toBeGreaterThan(0);
    expect(report.schemaVersion).toBe(report.appSchemaVersion);
    expect(report.versions).toMatchObject({ app: VERSION, node: process.versions.node, electron: null });
    expect(report.dbPath).toBe(join(dataDir, 'storekeeper.db'));
    expect(existsSync(report.dbPath)).toBe(true);
  });

  it('accepts global options after the command', async () => {
    const dataDir = join(tmp, 'doctor-after');
    const run = await cli(['doctor', '--data-dir', dataDir, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).dataDir).toBe(dataDir);
  });

  it('prints a readable report without --json', async () => {
    const run = await cli(['doctor', '--data-dir', join(tmp, 'doctor-text')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not running in Electron');
    expect(run.stdout).toMatch(/integrity\s+ok/);
  });

  it('fails with exit 1 and one message when the data folder cannot be used', async () => {
    const notAFolder = join(tmp, 'a-file');
    writeFileSync(notAFolder, 'x');
    const run = await cli(['doctor', '--data-dir', notAFolder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^storekeeper: .*a-file/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('storekeeper CLI: serve', () => {
  it('prints one JSON line with a URL that signs a browser in, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [...CLI_ARGS, 'serve', '--port', '0', '--no-open', '--json', '--data-dir', join(tmp, 'serve')],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const lines: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (lines.length === 1) resolve(line);
      });
      child.on('close', (code) => reject(new Error(`serve exited early (${code}): ${stderr}`)));
    });

    const { url } = JSON.parse(firstLine) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const signIn = await fetch(url, { redirect: 'manual' });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get('location')).toBe('/');
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const info = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { cookie }, body: '{}' });
    expect(await info.json()).toMatchObject({ ok: true, value: { name: 'Storekeeper', dataDir: join(tmp, 'serve') } });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
  });
});

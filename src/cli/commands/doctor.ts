import type { Doctor } from '../../shared/schemas/app';
import type { Command } from '../command';
import { CommandFailure, EXIT_FAILURE, EXIT_OK } from '../errors';
import { formatBytes } from '../io';
import { openBackend } from '../open-backend';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the data folder: versions, database integrity, schema, disk space',
  help: `Usage: storekeeper doctor [--json]

Prints the app, Node, SQLite, sharp/libvips and Electron versions, the result of
SQLite's integrity check, the database schema version (and the one this app
expects), the database path and size, and the free disk space.
Exits 1 when the integrity check does not say "ok".`,
  options: {},
  async run(ctx) {
    const backend = await openBackend({ dataDir: ctx.dataDir, runJobs: false, verbose: ctx.verbose });
    let report: Doctor;
    try {
      const reply = await backend.dispatch('app.doctor', {});
      if (!reply.ok) throw CommandFailure.fromEnvelope('doctor', reply.error);
      report = reply.value as Doctor;
    } finally {
      await backend.close();
    }

    if (ctx.json) ctx.io.out(JSON.stringify({ dataDir: ctx.dataDir, ...report }));
    else for (const line of formatDoctor(report, ctx.dataDir)) ctx.io.out(line);

    if (report.integrity !== 'ok') {
      ctx.io.err(`storekeeper: the database failed its integrity check: ${report.integrity}`);
      return EXIT_FAILURE;
    }
    return EXIT_OK;
  },
};

export function formatDoctor(d: Doctor, dataDir: string): string[] {
  const schemaNote =
    d.schemaVersion === d.appSchemaVersion
      ? 'up to date'
      : d.schemaVersion > d.appSchemaVersion
        ? 'NEWER than this app: update Storekeeper'
        : 'will be migrated on next start';
  return [
    `Storekeeper ${d.versions.app}`,
    `  Node       ${d.versions.node}`,
    `  SQLite     ${d.versions.sqlite}`,
    `  sharp      ${d.versions.sharp} (libvips ${d.versions.libvips})`,
    `  Electron   ${d.versions.electron ?? 'not running in Electron'}`,
    `Data folder  ${dataDir}`,
    `Database     ${d.dbPath} (${formatBytes(d.dbSizeBytes)})`,
    `  integrity  ${d.integrity}`,
    `  schema     ${d.schemaVersion} (app: ${d.appSchemaVersion}, ${schemaNote})`,
    `Free disk    ${formatBytes(d.freeDiskBytes)}`,
  ];
}

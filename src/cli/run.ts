import { resolve } from 'node:path';
import { defaultDataDir } from '../core/paths';
import { GLOBAL_HELP, GLOBAL_OPTIONS, parseStrict, splitCommand } from './args';
import { APP_VERSION } from './app-meta';
import type { Command } from './command';
import { COMMANDS, findCommand } from './commands';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import type { CliIo } from './io';

export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  const list = [...COMMANDS.map((c) => [c.name, c.summary]), ['help', 'show help for a command']]
    .map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`)
    .join('\n');
  return `Storekeeper ${APP_VERSION}: offline-first back office, command line

Usage: storekeeper <command> [options]

Commands:
${list}

${GLOBAL_HELP}

Run "storekeeper <command> --help" for a command's options.`;
}

const commandHelp = (c: Command) => `${c.help}\n\n${GLOBAL_HELP}`;
const commandNames = () => [...COMMANDS.map((c) => c.name), 'help'].join(', ');

/**
 * Parses the command line and runs one command. Returns the exit code; never throws.
 * Global options may come before or after the command name.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOrThrow(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`storekeeper: ${err.message}`);
      io.err('Run "storekeeper --help" for usage.');
      return EXIT_USAGE;
    }
    if (err instanceof CommandFailure) {
      io.err(`storekeeper: ${err.message}`);
      return EXIT_FAILURE;
    }
    // A bug, not a user mistake: say so in one line; the stack only with --verbose.
    io.err(`storekeeper: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    if (argv.includes('--verbose') && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT_FAILURE;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo): Promise<number> {
  const split = splitCommand(argv);
  const before = parseStrict(split.before, GLOBAL_OPTIONS, 0, 'before the command (only global options go there)').values;

  if (split.command === null) {
    if (before.version) return io.out(APP_VERSION), EXIT_OK;
    if (before.help) return io.out(globalHelp()), EXIT_OK;
    io.err(globalHelp());
    throw new UsageError(`missing command (one of: ${commandNames()})`);
  }

  if (split.command === 'help') {
    const { positionals } = parseStrict(split.after, GLOBAL_OPTIONS, 1, 'help');
    if (positionals.length === 0) return io.out(globalHelp()), EXIT_OK;
    const target = findCommand(positionals[0]);
    if (!target) throw new UsageError(`unknown command '${positionals[0]}' (commands: ${commandNames()})`);
    return io.out(commandHelp(target)), EXIT_OK;
  }

  const command = findCommand(split.command);
  if (!command) throw new UsageError(`unknown command '${split.command}' (commands: ${commandNames()})`);

  const parsed = parseStrict(
    split.after,
    { ...GLOBAL_OPTIONS, ...command.options },
    command.maxPositionals ?? 0,
    command.name,
  );
  const all = { ...before, ...parsed.values };
  if (all.help) return io.out(commandHelp(command)), EXIT_OK;
  if (all.version) return io.out(APP_VERSION), EXIT_OK;

  const dataDirArg = all['data-dir'];
  if (dataDirArg === '') throw new UsageError('--data-dir needs a folder');
  const values = Object.fromEntries(
    Object.entries(parsed.values).filter(([k]) => !(k in GLOBAL_OPTIONS)),
  );
  return command.run({
    values,
    positionals: parsed.positionals,
    dataDir: typeof dataDirArg === 'string' ? resolve(dataDirArg) : defaultDataDir(),
    json: all.json === true,
    verbose: all.verbose === true,
    io,
  });
}

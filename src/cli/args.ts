import { parseArgs } from 'node:util';
import type { OptionSpecs } from './command';
import { UsageError } from './errors';

/** Options every command accepts, before or after the command name. */
export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies OptionSpecs;

export const GLOBAL_HELP = `Global options (before or after the command):
  --data-dir DIR   data folder (default: the app's per-user folder)
  --json           print results as JSON
  --verbose        also log informational backend messages to stderr
  -h, --help       show help
  --version        print the version`;

export interface SplitArgs {
  command: string | null;
  /** Global options found before the command. */
  before: string[];
  /** Everything after the command name. */
  after: string[];
}

/**
 * Finds the command name: the first argument that is neither an option nor the value
 * of a global option that takes one (`--data-dir DIR doctor`).
 */
export function splitCommand(argv: readonly string[]): SplitArgs {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--data-dir') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return { command: arg, before: argv.slice(0, i), after: argv.slice(i + 1) };
  }
  return { command: null, before: [...argv], after: [] };
}

type ParsedValues = Record<string, string | boolean | undefined>;

/** parseArgs in strict mode, with its errors turned into usage errors that say where. */
export function parseStrict(
  args: string[],
  options: OptionSpecs,
  maxPositionals: number,
  where: string,
): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: maxPositionals > 0,
    });
    if (positionals.length > maxPositionals) {
      throw new UsageError(`${where}: unexpected argument '${positionals[maxPositionals]}'`);
    }
    return { values: values as ParsedValues, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // Node's messages are clear ("Unknown option '--x'"); drop its hint about '--'.
    const message = (err as Error).message.split('. To specify')[0];
    throw new UsageError(`${where}: ${message}`);
  }
}

/** A whole number within [min, max] from an option value, or a usage error naming the option. */
export function intOption(value: string | boolean | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got '${String(value)}')`);
  }
  return Number(text);
}

/** One of a fixed set of words, or a usage error listing them. */
export function choiceOption<T extends string>(
  value: string | boolean | undefined,
  name: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(String(value))) {
    throw new UsageError(`--${name} must be one of: ${choices.join(', ')} (got '${String(value)}')`);
  }
  return value as T;
}

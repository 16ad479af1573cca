import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** What every command receives after the command line was parsed. */
export interface CommandContext {
  /** Command options (global ones removed), as parseArgs returned them. */
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  dataDir: string;
  json: boolean;
  verbose: boolean;
  io: CliIo;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help text (usage line and options), without the global options. */
  help: string;
  options: OptionSpecs;
  /** How many positional arguments the command takes (default 0). */
  maxPositionals?: number;
  /** Resolves to the exit code. Throws UsageError / CommandFailure for errors. */
  run(ctx: CommandContext): Promise<number>;
}

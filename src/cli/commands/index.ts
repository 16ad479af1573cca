import type { Command } from '../command';
import { demoCommand } from './demo';
import { doctorCommand } from './doctor';
import { serveCommand } from './serve';

/** Every command, in the order `--help` lists them. `help` is handled by run.ts. */
export const COMMANDS: readonly Command[] = [serveCommand, demoCommand, doctorCommand];

export const findCommand = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

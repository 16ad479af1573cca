import type { Command } from '../command';
import { demoCommand } from './demo';
import { doctorCommand } from './doctor';
import { exportCommand } from './export';
import { imagesCommand } from './images';
import { importCommand } from './import';
import { productsCommand } from './products';
import { serveCommand } from './serve';

/** Every command, in the order `--help` lists them. `help` is handled by run.ts. */
export const COMMANDS: readonly Command[] = [serveCommand, demoCommand, doctorCommand, importCommand, exportCommand, productsCommand, imagesCommand];

export const findCommand = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

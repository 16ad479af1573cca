import type { HandlersFor } from '../context';
import { readSettings, writeSettings } from './repo';

export const settingsHandlers = {
  'settings.get': (_input, ctx) => readSettings(ctx.db),
  'settings.update': (patch, ctx) => writeSettings(ctx.db, patch),
} satisfies HandlersFor<'settings.get' | 'settings.update'>;

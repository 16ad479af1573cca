/** App, settings, demo store and job methods. */
export const APP_METHODS = [
  'app.info',
  'app.doctor',
  'settings.get',
  'settings.update',
  'demo.status',
  'demo.create',
  'jobs.list',
  'jobs.cancel',
] as const;

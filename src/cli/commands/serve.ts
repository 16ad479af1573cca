import { startHost } from '../../host';
import type { Command } from '../command';
import { intOption } from '../args';
import { RENDERER_DIR, stderrLogger } from '../app-meta';
import { CommandFailure, EXIT_OK } from '../errors';
import { openBackend } from '../open-backend';
import { isCi, openBrowser } from '../open-browser';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the back office to a browser on 127.0.0.1',
  help: `Usage: storekeeper serve [--port N] [--no-open] [--json]

Starts the backend and an HTTP server bound to 127.0.0.1 only, then prints one
line with the address to open. The address carries a one-time sign-in token:
opening it sets a session cookie and drops the token from the address bar.
Runs until Ctrl+C (SIGINT) or SIGTERM.

Options:
  --port N     port to listen on, 0 picks a free one (default 0)
  --no-open    do not open the system browser (never opened when CI is set)`,
  options: {
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
  },
  async run(ctx) {
    const port = intOption(ctx.values.port, 'port', 0, 65535) ?? 0;
    const backend = await openBackend({
      dataDir: ctx.dataDir,
      runJobs: true,
      preferThread: true,
      verbose: ctx.verbose,
    });

    let host: Awaited<ReturnType<typeof startHost>>;
    try {
      host = await startHost({ backend, port, rendererDir: RENDERER_DIR, log: stderrLogger(ctx.verbose) });
    } catch (err) {
      await backend.close();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CommandFailure(`serve: port ${port} is already in use`);
      throw new CommandFailure(`serve: cannot listen on 127.0.0.1:${port}: ${(err as Error).message}`);
    }

    ctx.io.out(ctx.json ? JSON.stringify({ url: host.signInUrl }) : `Storekeeper is serving on ${host.signInUrl}`);
    if (!ctx.values['no-open'] && !isCi()) openBrowser(host.signInUrl);

    await untilStopSignal();
    await host.close();
    await backend.close();
    return EXIT_OK;
  },
};

/** Resolves on the first SIGINT/SIGTERM; a second one while shutting down exits at once. */
function untilStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      const force = () => process.exit(1);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

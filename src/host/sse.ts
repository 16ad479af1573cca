import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../core/backend-types';

/** Proxies and idle-timeout middleboxes drop silent streams; a comment keeps it open. */
export const KEEP_ALIVE_MS = 15_000;

/** One SSE frame. JSON never contains a raw newline, so one `data:` line is enough. */
export function formatSseEvent(event: string, payload: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

/** Tracks open streams so the host can end them on close (they never end on their own). */
export class SseHub {
  private readonly streams = new Set<ServerResponse>();

  constructor(private readonly backend: Backend) {}

  open(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // The first bytes tell EventSource how long to wait before reconnecting.
    res.write('retry: 2000\n: connected\n\n');
    this.streams.add(res);

    const unsubscribe = this.backend.onEvent((event, payload) => {
      res.write(formatSseEvent(event, payload));
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();

    let cleanedUp = false;
    const cleanup = () => {
      // Both the request and the response report 'close'; unsubscribe exactly once.
      if (cleanedUp) return;
      cleanedUp = true;
      clearInterval(keepAlive);
      unsubscribe();
      this.streams.delete(res);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  closeAll(): void {
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  get size(): number {
    return this.streams.size;
  }
}

import { parentPort, workerData } from 'node:worker_threads';
import { createBackend } from './backend';
import type { FromBackend, ThreadOptions, ToBackend } from './backend-thread';

/** Worker-thread side of startBackendThread: owns the database and answers messages. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('backend-thread-entry must run in a worker thread');
  const post = (msg: FromBackend) => port.postMessage(msg);
  const backend = await createBackend(workerData as ThreadOptions);
  backend.onEvent((event, payload) => post({ type: 'event', event, payload }));
  port.on('message', async (msg: ToBackend) => {
    if (msg.type === 'call') post({ type: 'reply', id: msg.id, value: await backend.dispatch(msg.method, msg.raw) });
    else if (msg.type === 'media') post({ type: 'reply', id: msg.id, value: await backend.resolveMedia(msg.path) });
    else if (msg.type === 'close') {
      await backend.close();
      post({ type: 'reply', id: msg.id, value: null });
    }
  });
  post({ type: 'ready' });
}

void main();

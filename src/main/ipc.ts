import type { IpcMain, WebContents } from 'electron';
import type { Backend } from '../core/backend-types';
import { ApiError, type Envelope } from '../shared/api/errors';
import { METHODS } from '../shared/api/methods';
import { isTrustedFrame, type TrustOptions } from './trusted-frame';

/** What an untrusted frame gets back: the call never reaches the backend. */
export const forbiddenEnvelope = (): Envelope<never> => ({
  ok: false,
  error: new ApiError('forbidden', 'IPC sender is not the app').toData(),
});

/**
 * One `api:<method>` handler per contract method, each checking the sender frame
 * before anything else (checklist item 17). Main only routes: validation and work
 * happen in the backend thread.
 */
export function registerIpcHandlers(ipcMain: IpcMain, backend: Backend, trust: TrustOptions): () => void {
  for (const method of METHODS) {
    ipcMain.handle(`api:${method}`, (event, raw: unknown) =>
      isTrustedFrame(event.senderFrame, trust) ? backend.dispatch(method, raw) : forbiddenEnvelope(),
    );
  }
  return () => {
    for (const method of METHODS) ipcMain.removeHandler(`api:${method}`);
  };
}

/**
 * Forwards backend push events as `evt:<name>` to every window currently showing the
 * app. A window that navigated elsewhere (it cannot, but defence in depth) gets nothing.
 */
export function forwardEvents(
  backend: Backend,
  targets: () => WebContents[],
  trust: TrustOptions,
): () => void {
  return backend.onEvent((event, payload) => {
    for (const contents of targets()) {
      if (contents.isDestroyed()) continue;
      if (!isTrustedFrame(contents.mainFrame, trust)) continue;
      contents.send(`evt:${event}`, payload);
    }
  });
}

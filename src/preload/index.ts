import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { isEventName, isMethod, type ApiBridge } from '../shared/api/methods';

/**
 * The whole surface the renderer gets: three named functions as `window.api`.
 * `ipcRenderer` itself is never exposed (checklist item 20). This file may import only
 * electron and shared/api/methods.ts: it is bundled into one sandboxed CommonJS file.
 */

/** Built by hand: errors.ts is off-limits here, and this shape is all the renderer needs. */
const unknownMethodEnvelope = (method: unknown) => ({
  ok: false as const,
  error: {
    code: 'validation' as const,
    message: `unknown method ${String(method).slice(0, 80)}`,
    i18nKey: 'errors.method_unknown',
    params: { method: String(method).slice(0, 80) },
    retryable: false,
  },
});

const ipcFailureEnvelope = (method: string, error: unknown) => ({
  ok: false as const,
  error: {
    code: 'internal' as const,
    message: `IPC call ${method} failed: ${error instanceof Error ? error.message : String(error)}`,
    i18nKey: 'errors.internal',
    retryable: false,
  },
});

const api: ApiBridge = {
  call(method, input) {
    // Names outside the contract never reach main (VS Code's validateIPC).
    if (!isMethod(method)) return Promise.resolve(unknownMethodEnvelope(method));
    return ipcRenderer.invoke(`api:${method}`, input).catch((e: unknown) => ipcFailureEnvelope(method, e));
  },
  on(event, listener) {
    if (!isEventName(event)) throw new TypeError(`unknown event ${String(event).slice(0, 80)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const channel = `evt:${event}`;
    // The IpcRendererEvent (with its `sender`) stays on this side of the bridge.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
  pathForFile(file) {
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));

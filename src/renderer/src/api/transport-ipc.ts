import type { ApiBridge } from '../../../shared/api';
import { failureEnvelope, isEnvelope, type Transport } from './transport';

/** Transport over the sandboxed preload bridge (`window.api`) inside Electron. */
export function createIpcTransport(bridge: ApiBridge): Transport {
  return {
    async call(method, input) {
      try {
        const reply = await bridge.call(method, input);
        return isEnvelope(reply) ? reply : failureEnvelope('internal', `malformed IPC reply to ${method}`);
      } catch (error) {
        // The bridge promises never to throw; if IPC itself breaks we still answer in-band.
        return failureEnvelope('internal', `IPC call ${method} failed: ${String(error)}`);
      }
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}

import { EVENTS, TABLES, type EventName } from '../../../shared/api';
import { failureEnvelope, isEnvelope, type Transport } from './transport';

type Listener = (payload: unknown) => void;

export interface HttpTransportOptions {
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSource;
}

/**
 * Transport for the 127.0.0.1 host (Playwright and `npm run web`): POST /api/<method>
 * answers 200 with an Envelope; GET /api/events streams named SSE events.
 */
export function createHttpTransport(baseUrl: string, options: HttpTransportOptions = {}): Transport {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const openEvents = options.createEventSource ?? ((url: string) => new EventSource(url));
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  const emit = (event: EventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const connect = () => {
    if (source) return;
    source = openEvents(`${baseUrl}/api/events`);
    let lostConnection = false;
    source.addEventListener('error', () => {
      lostConnection = true;
    });
    source.addEventListener('open', () => {
      // Changes made while the stream was down were never announced: refetch everything.
      if (lostConnection) emit('db.changed', { tables: [...TABLES] });
      lostConnection = false;
    });
    for (const event of EVENTS) {
      source.addEventListener(event, (message) => {
        try {
          emit(event, JSON.parse((message as MessageEvent<string>).data));
        } catch {
          console.warn(`[api] unparsable ${event} event`);
        }
      });
    }
  };

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return failureEnvelope('offline', `request to ${method} failed: ${String(error)}`);
      }
      try {
        const body: unknown = await response.json();
        if (isEnvelope(body)) return body;
      } catch {
        // Falls through: a proxy error page or a truncated body is not an envelope.
      }
      return failureEnvelope('internal', `HTTP ${response.status} from ${method} was not an envelope`);
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      connect();
      return () => {
        set.delete(listener);
      };
    },
  };
}

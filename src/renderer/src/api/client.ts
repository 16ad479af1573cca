import {
  ApiError,
  eventSchemas,
  type Envelope,
  type EventName,
  type EventPayload,
  type Input,
  type Method,
  type Output,
} from '../../../shared/api';
import type { Transport } from './transport';

/** Methods whose input has no required field may be called without one. */
export type InputArgs<M extends Method> = Record<never, never> extends Input<M> ? [input?: Input<M>] : [input: Input<M>];

export interface ApiClient {
  /** Resolves to the value, or throws the envelope's error as an `ApiError`. */
  call<M extends Method>(method: M, ...args: InputArgs<M>): Promise<Output<M>>;
  /** Resolves to the whole envelope and never throws (Actual's `sendCatch`). */
  try<M extends Method>(method: M, ...args: InputArgs<M>): Promise<Envelope<Output<M>>>;
  /** Subscribes to a push event; payloads that fail their schema are dropped, not crashed on. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  const send = async <M extends Method>(method: M, input: unknown) =>
    (await transport.call(method, input ?? {})) as Envelope<Output<M>>;

  return {
    async call(method, ...args) {
      const envelope = await send(method, args[0]);
      if (envelope.ok) return envelope.value;
      throw ApiError.fromData(envelope.error);
    },
    try: (method, ...args) => send(method, args[0]),
    on(event, listener) {
      const schema = eventSchemas[event];
      return transport.on(event, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
        else console.warn(`[api] dropped malformed ${event} event`, parsed.error.issues);
      });
    },
  };
}

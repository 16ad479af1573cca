import { describe, expect, it, vi } from 'vitest';
import { ApiError, type Envelope } from '../../src/shared/api';
import { createClient } from '../../src/renderer/src/api/client';
import { createHttpTransport } from '../../src/renderer/src/api/transport-http';
import { createIpcTransport } from '../../src/renderer/src/api/transport-ipc';
import type { Transport } from '../../src/renderer/src/api/transport';

const job = {
  id: 7, kind: 'demo.create', state: 'running', done: 3, total: 10, step: 'jobs.step.images',
  attempts: 1, error: null, createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:01:00Z',
};

function stubTransport(reply: Envelope<unknown>) {
  const listeners: ((payload: unknown) => void)[] = [];
  const transport: Transport & { sent: unknown[]; push: (p: unknown) => void } = {
    sent: [],
    call: async (method, input) => {
      transport.sent.push([method, input]);
      return reply;
    },
    on: (_event, listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    push: (payload) => listeners.forEach((l) => l(payload)),
  };
  return transport;
}

describe('createClient', () => {
  it('unwraps an ok envelope and sends {} when a method takes no input', async () => {
    const transport = stubTransport({ ok: true, value: { hasStore: true } });
    const client = createClient(transport);
    await expect(client.call('demo.status')).resolves.toEqual({ hasStore: true });
    expect(transport.sent).toEqual([['demo.status', {}]]);
  });

  it('throws an ApiError carrying code, i18nKey, params and correlation id', async () => {
    const error = new ApiError('not_found', 'product 9 missing', {
      i18nKey: 'errors.product_not_found', params: { id: 9 }, correlationId: 'c-123',
    });
    const client = createClient(stubTransport({ ok: false, error: error.toData() }));
    const thrown = await client.call('catalog.getProduct', { id: 9 }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ code: 'not_found', i18nKey: 'errors.product_not_found', params: { id: 9 }, correlationId: 'c-123', retryable: false });
  });

  it('try() returns the error envelope instead of throwing', async () => {
    const data = new ApiError('db_too_new', 'schema 9 > 1').toData();
    const client = createClient(stubTransport({ ok: false, error: data }));
    await expect(client.try('app.info')).resolves.toEqual({ ok: false, error: data });
  });

  it('delivers valid events and drops payloads that fail the event schema', () => {
    const transport = stubTransport({ ok: true, value: null });
    const client = createClient(transport);
    const seen: unknown[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    client.on('jobs.progress', (payload) => seen.push(payload));
    transport.push({ id: 'not-a-job' });
    transport.push(job);
    expect(seen).toEqual([job]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('createHttpTransport', () => {
  it('POSTs JSON to /api/<method> with same-origin credentials and returns the envelope', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    const transport = createHttpTransport('http://127.0.0.1:5000', { fetch: fetchMock as unknown as typeof fetch });
    await expect(transport.call('jobs.list', { limit: 5 })).resolves.toEqual({ ok: true, value: [] });
    expect(fetchMock).toHaveBeenCalledWith('http://127.0.0.1:5000/api/jobs.list', expect.objectContaining({
      method: 'POST', credentials: 'same-origin', body: JSON.stringify({ limit: 5 }),
    }));
  });

  it('turns a network failure into an offline error envelope', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = createClient(createHttpTransport('', { fetch: fetchMock as unknown as typeof fetch }));
    const thrown = await client.call('app.info').catch((e: unknown) => e);
    expect(thrown).toMatchObject({ code: 'offline', i18nKey: 'errors.offline', retryable: true });
  });

  it('reports a reply that is not an envelope as internal', async () => {
    const fetchMock = vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const reply = await createHttpTransport('', { fetch: fetchMock as unknown as typeof fetch }).call('app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('parses named SSE events from /api/events and refetches everything after a reconnect', () => {
    const source = new EventTarget() as EventTarget & { url?: string };
    const transport = createHttpTransport('', {
      createEventSource: (url) => Object.assign(source, { url }) as unknown as EventSource,
    });
    const progress: unknown[] = [];
    const changes: unknown[] = [];
    transport.on('jobs.progress', (p) => progress.push(p));
    transport.on('db.changed', (p) => changes.push(p));
    expect(source.url).toBe('/api/events');

    source.dispatchEvent(new MessageEvent('jobs.progress', { data: JSON.stringify(job) }));
    expect(progress).toEqual([job]);

    source.dispatchEvent(new Event('open'));
    expect(changes).toEqual([]);
    source.dispatchEvent(new Event('error'));
    source.dispatchEvent(new Event('open'));
    expect(changes).toHaveLength(1);
    expect((changes[0] as { tables: string[] }).tables).toContain('products');
  });
});

describe('createIpcTransport', () => {
  it('answers in-band when the bridge itself throws', async () => {
    const bridge = { call: vi.fn(async () => { throw new Error('channel closed'); }), on: vi.fn(), pathForFile: vi.fn() };
    const reply = await createIpcTransport(bridge).call('settings.get', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', i18nKey: 'errors.internal' } });
  });

  it('passes a well-formed envelope through untouched', async () => {
    const envelope = { ok: true, value: { storeName: 'x' } };
    const bridge = { call: vi.fn(async () => envelope), on: vi.fn(), pathForFile: vi.fn() };
    await expect(createIpcTransport(bridge).call('settings.get', {})).resolves.toBe(envelope);
    expect(bridge.call).toHaveBeenCalledWith('settings.get', {});
  });
});

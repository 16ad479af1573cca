import { render as rtlRender, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { directionOf } from '../../src/shared/i18n/direction';
import type { Locale } from '../../src/shared/i18n/languages';
import { createClient } from '../../src/renderer/src/api/client';
import { createQueryClient } from '../../src/renderer/src/api/query-client';
import { App } from '../../src/renderer/src/app/App';
import { Providers } from '../../src/renderer/src/app/Providers';
import { applyDocumentLocale, bootstrapDocumentLocale } from '../../src/renderer/src/boot/startup-locale';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { FakeBackend } from './fake-backend';

export interface RenderWithProvidersOptions extends Omit<RenderOptions, 'wrapper'> {
  backend?: FakeBackend;
  language?: Locale;
}

/**
 * Renders a component inside exactly the app's providers (Direction + Mantine + i18n +
 * QueryClient + API client) over a fake in-memory backend. Retries are off so an error
 * envelope shows at once.
 */
export function render(ui: ReactElement, { backend = new FakeBackend(), language = 'en', ...options }: RenderWithProvidersOptions = {}) {
  applyDocumentLocale(language);
  const client = createClient(backend);
  const queryClient = createQueryClient({ retry: false });
  const i18n = createI18n(language);
  const result = rtlRender(
    <Providers client={client} queryClient={queryClient} i18n={i18n} initialDirection={directionOf(language)} mantineEnv="test">
      {ui}
    </Providers>,
    options,
  );
  return { ...result, backend, client, queryClient, i18n };
}

/** Boots the whole renderer as main.tsx does, at `url` (e.g. `/?lang=fa#/sync`). */
export function renderApp({ backend = new FakeBackend(), url = '/' }: { backend?: FakeBackend; url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const startup = bootstrapDocumentLocale();
  const client = createClient(backend);
  const queryClient = createQueryClient({ retry: false });
  const result = rtlRender(<App client={client} startup={startup} queryClient={queryClient} mantineEnv="test" />);
  return { ...result, backend, client, queryClient };
}

import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { TextDirection } from '../../../shared/i18n/direction';
import { ApiClientProvider } from '../api/api-context';
import type { ApiClient } from '../api/client';
import { useDbChangedInvalidation } from '../api/hooks';
import { useJobEventsSync } from '../api/jobs';
import { cssVariablesResolver, theme } from '../theme';
import { LocaleSync } from './LocaleSync';

export interface ProvidersProps {
  client: ApiClient;
  queryClient: QueryClient;
  i18n: i18n;
  initialDirection: TextDirection;
  /** Mantine's `test` env turns off transitions and portals (jsdom). */
  mantineEnv?: 'default' | 'test';
  children: ReactNode;
}

/** Subscribes the query cache to push events for the whole app lifetime. */
function ApiEventSync() {
  useDbChangedInvalidation();
  useJobEventsSync();
  return null;
}

/** Every context the renderer needs, in one place so tests render exactly what the app renders. */
export function Providers({ client, queryClient, i18n, initialDirection, mantineEnv, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <I18nextProvider i18n={i18n}>
          <DirectionProvider initialDirection={initialDirection} detectDirection={false}>
            <MantineProvider
              theme={theme}
              cssVariablesResolver={cssVariablesResolver}
              defaultColorScheme="auto"
              env={mantineEnv}
            >
              <LocaleSync />
              <ApiEventSync />
              {children}
            </MantineProvider>
          </DirectionProvider>
        </I18nextProvider>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}

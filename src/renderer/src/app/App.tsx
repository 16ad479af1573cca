import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { directionOf } from '../../../shared/i18n/direction';
import type { ApiClient } from '../api/client';
import { createQueryClient } from '../api/query-client';
import type { StartupLocale } from '../boot/startup-locale';
import { AppErrorBoundary } from '../components/AppErrorBoundary/AppErrorBoundary';
import { createI18n } from '../i18n/create-i18n';
import { Bootstrap } from './Bootstrap';
import { Providers } from './Providers';

export interface AppProps {
  client: ApiClient;
  startup: StartupLocale;
  queryClient?: QueryClient;
  mantineEnv?: 'default' | 'test';
}

export function App({ client, startup, queryClient, mantineEnv }: AppProps) {
  const [i18n] = useState(() => createI18n(startup.locale));
  const [cache] = useState(() => queryClient ?? createQueryClient());
  return (
    <Providers
      client={client}
      queryClient={cache}
      i18n={i18n}
      initialDirection={directionOf(startup.locale)}
      mantineEnv={mantineEnv}
    >
      <AppErrorBoundary>
        <Bootstrap languageFromUrl={startup.fromUrl} />
      </AppErrorBoundary>
    </Providers>
  );
}

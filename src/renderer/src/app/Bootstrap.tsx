import { useMantineColorScheme } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../shared/api';
import { useApiClient } from '../api/api-context';
import { queryKeyOf, useApiQuery } from '../api/hooks';
import { StartupErrorScreen, StartupLoading } from '../features/startup/StartupScreens';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { useWelcomeDismissed } from '../features/welcome/welcome-state';
import { AppLayout } from '../shell/AppLayout/AppLayout';
import { colorSchemeOf } from './preferences';
import { useRoute } from './router';

/**
 * The start sequence, once per load: `app.info` first (its error code picks the startup
 * failure screen), then settings, whose language and theme are applied before the first
 * screen renders. A `?lang=` parameter wins over the stored language for this load.
 * Not a contract method key, so `db.changed` never re-runs it.
 */
function useStartup(languageFromUrl: boolean) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  return useQuery<Output<'app.info'>, ApiError>({
    queryKey: ['startup'],
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async () => {
      const info = await client.call('app.info');
      queryClient.setQueryData(queryKeyOf('app.info'), info);
      const settings = await client.call('settings.get');
      queryClient.setQueryData(queryKeyOf('settings.get'), settings);
      if (!languageFromUrl && settings.language !== i18n.language) await i18n.changeLanguage(settings.language);
      setColorScheme(colorSchemeOf(settings.theme));
      return info;
    },
  });
}

/** Chooses the first screen: a startup failure, the first-run welcome, or the app. */
export function Bootstrap({ languageFromUrl }: { languageFromUrl: boolean }) {
  const startup = useStartup(languageFromUrl);
  const demo = useApiQuery('demo.status', undefined, { enabled: startup.isSuccess });
  const route = useRoute();
  const welcomeDismissed = useWelcomeDismissed();

  if (startup.isError) {
    return <StartupErrorScreen error={startup.error} onRetry={() => void startup.refetch()} retrying={startup.isFetching} />;
  }
  if (demo.isError) {
    return <StartupErrorScreen error={demo.error} onRetry={() => void demo.refetch()} retrying={demo.isFetching} />;
  }
  if (!startup.isSuccess || !demo.isSuccess) return <StartupLoading />;

  const firstRun = !demo.data.hasStore && !welcomeDismissed;
  return route === 'welcome' || firstRun ? <WelcomeScreen /> : <AppLayout />;
}

import { AppShell } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useAppStateMarker } from '../../app/app-state';
import { useRoute, type Section } from '../../app/router';
import { AccessibilityPage } from '../../features/accessibility/AccessibilityPage.page';
import { DashboardsPage } from '../../features/dashboards/DashboardsPage.page';
import { ModerationPage } from '../../features/moderation/ModerationPage.page';
import { ProductsPage } from '../../features/products/ProductsPage.page';
import { SettingsPage } from '../../features/settings/SettingsPage.page';
import { SyncPage } from '../../features/sync/SyncPage.page';
import { AppHeader } from '../AppHeader/AppHeader';
import { MainNav } from '../MainNav/MainNav';
import { ShortcutsModal } from '../ShortcutsModal/ShortcutsModal';
import { useShellShortcuts } from '../use-shortcuts';

const PAGES: Record<Section, () => React.JSX.Element> = {
  products: ProductsPage,
  accessibility: AccessibilityPage,
  moderation: ModerationPage,
  dashboards: DashboardsPage,
  sync: SyncPage,
  settings: SettingsPage,
};

/**
 * Header, navbar and main area. AppShell positions the navbar with inset-inline-start,
 * so in RTL it sits on the right without any code here.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const route = useRoute();
  const section: Section = route === 'welcome' ? 'products' : route;
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  useShellShortcuts(help.open);
  useAppStateMarker('ready');
  const Page = PAGES[section];
  useDocumentTitle(t('app.window_title', { section: t(`nav.${section}`) }));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} onOpenShortcuts={help.open} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <MainNav active={section} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Page key={section} />
      </AppShell.Main>
      <ShortcutsModal opened={helpOpened} onClose={help.close} />
    </AppShell>
  );
}

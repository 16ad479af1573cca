import { Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconReload } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setAppState } from '../../app/app-state';
import { FullScreenMessage } from '../FullScreenMessage/FullScreenMessage';

function CrashScreen({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <FullScreenMessage
      icon={IconAlertTriangle}
      title={t('crash.title')}
      body={<Text>{t('crash.body')}</Text>}
      actions={
        <Button leftSection={<IconReload size={18} aria-hidden />} onClick={onReload}>
          {t('crash.reload')}
        </Button>
      }
    />
  );
}

interface Props {
  children: ReactNode;
  /** Injected so tests can observe a reload without leaving the page. */
  onReload?: () => void;
}

/** Catches render errors anywhere below and shows a translated "reload" screen instead of a blank window. */
export class AppErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('[renderer] unhandled render error', error, info.componentStack);
    setAppState('error');
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <CrashScreen onReload={this.props.onReload ?? (() => window.location.reload())} />;
  }
}

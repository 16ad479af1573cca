import { CloseButton, Group, Paper, Portal, Text } from '@mantine/core';
import { useHotkeys, useTimeout } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../api/hooks';
import { toApiError, useErrorMessage } from '../../../components/ErrorAlert/ErrorAlert';
import classes from './UndoStatus.module.css';

/** How long the undo/redo message stays on screen. */
export const UNDO_STATUS_MS = 6000;

/**
 * Ctrl/⌘+Z undoes the last catalog edit batch, Ctrl/⌘+Shift+Z redoes it (not while typing:
 * inputs keep their own undo). The outcome shows in a polite live region.
 */
export function UndoStatus() {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const undo = useApiMutation('catalog.undo');
  const redo = useApiMutation('catalog.redo');
  const [message, setMessage] = useState('');
  const hide = useTimeout(() => setMessage(''), UNDO_STATUS_MS);

  const show = (text: string) => {
    hide.clear();
    setMessage(text);
    hide.start();
  };

  const run = (which: 'undo' | 'redo') => {
    const mutation = which === 'undo' ? undo : redo;
    if (undo.isPending || redo.isPending) return;
    mutation.mutate(
      {},
      {
        onSuccess: ({ batch }) => {
          if (!batch) {
            show(t(which === 'undo' ? 'products.undo.nothing_to_undo' : 'products.undo.nothing_to_redo'));
            return;
          }
          const label = t(batch.labelKey, { ...batch.params });
          show(t(which === 'undo' ? 'products.undo.undone' : 'products.undo.redone', { label }));
        },
        onError: (error) => show(messageOf(toApiError(error))),
      },
    );
  };

  useHotkeys([
    ['mod+z', () => run('undo')],
    ['mod+shift+z', () => run('redo')],
  ]);

  return (
    <Portal>
      <div className={classes.toast}>
        <div role="status">
          {message ? (
            <Paper withBorder shadow="md" p="sm" radius="md">
              <Group gap="sm" wrap="nowrap" justify="space-between">
                <Text size="sm">{message}</Text>
                <CloseButton size="sm" aria-label={t('common.close')} onClick={() => setMessage('')} />
              </Group>
            </Paper>
          ) : null}
        </div>
      </div>
    </Portal>
  );
}

import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SECTION_DEFS } from '../../app/sections';
import { useModKeyLabel } from '../use-shortcuts';

export interface ShortcutsModalProps {
  opened: boolean;
  onClose: () => void;
}

export function ShortcutsModal({ opened, onClose }: ShortcutsModalProps) {
  const { t } = useTranslation();
  const mod = useModKeyLabel();
  const rows = [
    ...SECTION_DEFS.map((section) => ({
      id: section.id,
      keys: [mod, section.digit],
      label: t('shortcuts.go_to', { section: t(section.labelKey) }),
    })),
    { id: 'undo', keys: [mod, 'Z'], label: t('shortcuts.undo') },
    { id: 'redo', keys: [mod, 'Shift', 'Z'], label: t('shortcuts.redo') },
    { id: 'help', keys: ['?'], label: t('shortcuts.show_help') },
  ];

  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
            <Table.Th>{t('shortcuts.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                {/* Key chords read left to right on every keyboard, also in RTL. */}
                <Group gap={4} dir="ltr" wrap="nowrap">
                  {row.keys.map((key) => (
                    <Kbd key={key}>{key}</Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.label}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}

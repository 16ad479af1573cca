import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { OutboxOp, OutboxState } from '../../../../shared/schemas/domain-summaries';
import { useFormat } from '../../i18n/use-format';

type Op = z.infer<typeof OutboxOp>;

export const OUTBOX_STATE_COLORS: Record<z.infer<typeof OutboxState>, string> = {
  pending: 'gray',
  inflight: 'indigo',
  acked: 'teal',
  conflict: 'orange',
  rejected: 'red',
};

export function OutboxTable({ ops }: { ops: Op[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sync.outbox.column.seq')}</Table.Th>
            <Table.Th>{t('sync.outbox.column.change')}</Table.Th>
            <Table.Th>{t('sync.outbox.column.entity')}</Table.Th>
            <Table.Th>{t('sync.outbox.column.state')}</Table.Th>
            <Table.Th>{t('sync.outbox.column.attempts')}</Table.Th>
            <Table.Th>{t('sync.outbox.column.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ops.map((op) => (
            <Table.Tr key={op.opId}>
              <Table.Td>{format.number(op.seq)}</Table.Td>
              <Table.Td>{t(`sync.outbox.kind.${op.kind}`)}</Table.Td>
              <Table.Td>
                <span dir="ltr">{`${op.entity} #${op.entityId}`}</span>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={OUTBOX_STATE_COLORS[op.state]}>
                  {t(`sync.outbox.state.${op.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{format.number(op.attempts)}</Table.Td>
              <Table.Td>{format.dateTime(op.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

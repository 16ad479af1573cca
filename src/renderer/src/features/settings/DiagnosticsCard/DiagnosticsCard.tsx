import { Badge, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../shared/api';
import type { Formatter } from '../../../../../shared/i18n/format';
import { useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useFormat } from '../../../i18n/use-format';
import classes from './DiagnosticsCard.module.css';

/** Versions and paths read left to right in every UI language; translated text does not. */
const technical = (value: string) => (
  <Text size="sm" dir="ltr" className={classes.technical}>
    {value}
  </Text>
);
const prose = (value: string) => <Text size="sm">{value}</Text>;

function rowsOf(d: Output<'app.doctor'>, t: (key: string, options?: Record<string, unknown>) => string, format: Formatter) {
  const healthy = d.integrity === 'ok';
  const rows: [string, React.ReactNode][] = [
    [t('settings.about.app_version'), technical(d.versions.app)],
    [t('settings.about.electron'), d.versions.electron ? technical(d.versions.electron) : prose(t('settings.about.not_electron'))],
    [t('settings.about.node'), technical(d.versions.node)],
    [t('settings.about.sqlite'), technical(d.versions.sqlite)],
    [t('settings.about.sharp'), technical(`${d.versions.sharp} (libvips ${d.versions.libvips})`)],
    [
      t('settings.about.schema'),
      prose(t('settings.about.schema_value', { db: format.number(d.schemaVersion), app: format.number(d.appSchemaVersion) })),
    ],
    [
      t('settings.about.integrity'),
      <Badge variant="light" color={healthy ? 'teal' : 'red'}>
        {healthy ? t('settings.about.integrity_ok') : t('settings.about.integrity_bad')}
      </Badge>,
    ],
    [t('settings.about.db_path'), technical(d.dbPath)],
    [t('settings.about.db_size'), prose(format.bytes(d.dbSizeBytes))],
    [t('settings.about.free_disk'), prose(d.freeDiskBytes === null ? t('common.none') : format.bytes(d.freeDiskBytes))],
  ];
  return rows;
}

/** Versions, integrity and storage facts a merchant can read out to support. */
export function DiagnosticsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const doctor = useApiQuery('app.doctor');

  let body: React.ReactNode;
  if (doctor.isPending) {
    body = (
      <Stack gap="xs" data-testid="doctor-loading">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} height={18} />
        ))}
      </Stack>
    );
  } else if (doctor.isError) {
    body = <ErrorAlert error={doctor.error} onRetry={() => void doctor.refetch()} retrying={doctor.isFetching} />;
  } else {
    body = (
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rowsOf(doctor.data, t, format).map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="40%">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="about-heading">
      <Title order={2} size="h4" mb="md" id="about-heading">
        {t('settings.about.title')}
      </Title>
      {body}
    </Paper>
  );
}

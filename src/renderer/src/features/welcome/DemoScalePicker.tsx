import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoScale } from '../../../../shared/schemas/app';

const SCALES: DemoScale[] = ['small', 'full'];

export function DemoScalePicker({ value, onChange }: { value: DemoScale; onChange: (scale: DemoScale) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={value} onChange={(next) => onChange(next as DemoScale)} label={t('welcome.scale.label')}>
      <Stack gap="xs" mt="xs">
        {SCALES.map((scale) => (
          <Radio.Card key={scale} value={scale} p="md" radius="md">
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator />
              <div>
                <Text fw={600}>{t(`welcome.scale.${scale}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`welcome.scale.${scale}_hint`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

import { Group, Paper, Skeleton, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import classes from './StatCard.module.css';

export interface StatCardProps {
  label: string;
  value: string;
  icon?: Icon;
  hint?: string;
  color?: string;
}

/** One headline figure with its label above it (read in that order by screen readers). */
export function StatCard({ label, value, icon: IconComponent, hint, color }: StatCardProps) {
  return (
    // A named group lets assistive tech (and tests) read each figure with its label.
    <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        {IconComponent ? (
          <ThemeIcon variant="light" color={color} size="md" aria-hidden>
            <IconComponent size={18} />
          </ThemeIcon>
        ) : null}
      </Group>
      <Text className={classes.value}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

export function StatCardSkeleton() {
  return (
    <Paper withBorder p="md" radius="md">
      <Skeleton height={14} width="50%" />
      <Skeleton height={28} width="35%" mt="sm" />
    </Paper>
  );
}

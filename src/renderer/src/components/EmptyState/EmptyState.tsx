import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox, type Icon } from '@tabler/icons-react';
import classes from './EmptyState.module.css';

export interface EmptyStateProps {
  title: string;
  description?: string;
  icon?: Icon;
  /** The next useful step, e.g. "Create demo store" or "Clear filters". */
  action?: { label: string; onClick: () => void };
}

export function EmptyState({ title, description, icon: IconComponent = IconInbox, action }: EmptyStateProps) {
  return (
    <Stack className={classes.root} align="center" gap="sm" data-testid="empty-state">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconComponent size={26} />
      </ThemeIcon>
      <Title order={2} size="h4">
        {title}
      </Title>
      {description ? (
        <Text c="dimmed" className={classes.description}>
          {description}
        </Text>
      ) : null}
      {action ? (
        <Button onClick={action.onClick} mt="xs">
          {action.label}
        </Button>
      ) : null}
    </Stack>
  );
}

import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './FullScreenMessage.module.css';

export interface FullScreenMessageProps {
  icon: Icon;
  color?: string;
  title: string;
  body: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
}

/** A whole-window message (startup failures, crash screen): one landmark, one h1. */
export function FullScreenMessage({ icon: IconComponent, color = 'red', title, body, actions, footer }: FullScreenMessageProps) {
  return (
    <main className={classes.root}>
      <Paper className={classes.card} withBorder shadow="sm" p="xl" radius="lg">
        <Stack gap="md">
          <ThemeIcon size={56} radius="xl" variant="light" color={color} aria-hidden>
            <IconComponent size={30} />
          </ThemeIcon>
          <Title order={1} size="h2">
            {title}
          </Title>
          {typeof body === 'string' ? <Text>{body}</Text> : body}
          {actions ? <Group gap="sm">{actions}</Group> : null}
          {footer}
        </Stack>
      </Paper>
    </main>
  );
}

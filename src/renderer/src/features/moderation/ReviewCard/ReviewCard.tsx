import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ReviewRow } from '../../../../../shared/schemas/domain-summaries';
import { isLocale } from '../../../../../shared/i18n/languages';
import { isolate } from '../../../i18n/bidi';
import { useFormat } from '../../../i18n/use-format';
import classes from './ReviewCard.module.css';

export type Review = z.infer<typeof ReviewRow>;

function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span
      className={classes.stars}
      role="img"
      aria-label={t('moderation.rating', { rating: format.number(rating), max: format.number(5) })}
    >
      {Array.from({ length: 5 }, (_, index) =>
        index < rating ? (
          <IconStarFilled key={index} size={16} aria-hidden />
        ) : (
          <IconStar key={index} size={16} aria-hidden className={classes.emptyStar} />
        ),
      )}
    </span>
  );
}

/** One review or question. Customer text keeps its own direction (`dir="auto"`), whatever the UI language. */
export function ReviewCard({ review }: { review: Review }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`review-${review.id}-by`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {review.rating !== null ? <Stars rating={review.rating} /> : null}
            <Badge variant="light" color="gray">
              {t(`moderation.kind.${review.kind}`)}
            </Badge>
            <Badge variant="light" color="indigo">
              {format.language(review.language)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {format.dateTime(review.createdAt)}
          </Text>
        </Group>
        {review.title ? (
          <Text fw={600} dir="auto">
            {review.title}
          </Text>
        ) : null}
        <Text className={classes.body} dir="auto" lang={isLocale(review.language) ? review.language : undefined}>
          {review.body}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed" id={`review-${review.id}-by`}>
            {t('moderation.by', { author: isolate(review.author), product: isolate(review.productTitle) })}
          </Text>
          {review.reasonCodes.length > 0 ? (
            <Group gap={4} aria-label={t('moderation.reasons')} role="group">
              {review.reasonCodes.map((code) => (
                <Badge key={code} variant="light" color="red" title={code}>
                  {t(`moderation.reason.${code}`, { defaultValue: code })}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

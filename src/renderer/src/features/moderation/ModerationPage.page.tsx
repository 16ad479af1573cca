import { Button, Center, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconMessageCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ReviewStatus } from '../../../../shared/schemas/domain-summaries';
import { useApiPagedQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { ReviewCard } from './ReviewCard/ReviewCard';

type Status = z.infer<typeof ReviewStatus>;
const STATUSES: Status[] = ['pending', 'approved', 'rejected', 'flagged'];

function ReviewList({ status }: { status: Status }) {
  const { t } = useTranslation();
  const reviews = useApiPagedQuery('moderation.listReviews', { status, limit: 25 });

  if (reviews.isPending) {
    return (
      <Stack data-testid="reviews-loading">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} height={110} radius="md" />
        ))}
      </Stack>
    );
  }
  if (reviews.isError && !reviews.isFetchNextPageError) {
    return <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} retrying={reviews.isFetching} />;
  }
  if (reviews.items.length === 0) {
    return <EmptyState icon={IconMessageCheck} title={t(`moderation.empty.${status}`)} description={t('moderation.empty.body')} />;
  }
  return (
    <Stack gap="sm">
      {reviews.items.map((review) => (
        <ReviewCard key={review.id} review={review} />
      ))}
      {reviews.isFetchNextPageError ? <ErrorAlert error={reviews.error} onRetry={() => void reviews.fetchNextPage()} /> : null}
      {reviews.hasNextPage ? (
        <Center>
          <Button variant="default" onClick={() => void reviews.fetchNextPage()} loading={reviews.isFetchingNextPage}>
            {t('common.load_more')}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}

export function ModerationPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('pending');

  return (
    <>
      <PageHeader title={t('nav.moderation')} description={t('moderation.description')} />
      <Tabs value={status} onChange={(next) => next && setStatus(next as Status)} keepMounted={false}>
        <Tabs.List aria-label={t('moderation.tabs_label')} mb="md">
          {STATUSES.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`moderation.status.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {STATUSES.map((value) => (
          <Tabs.Panel key={value} value={value}>
            <ReviewList status={value} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

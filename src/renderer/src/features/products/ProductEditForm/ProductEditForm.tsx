import { NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductPatch, type ProductDetail, type ProductStatus } from '../../../../../shared/schemas/catalog';
import { queryKeyOf, useApiMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { fieldErrors } from '../../../i18n/issue-message';
import { PRODUCT_STATUSES } from '../product-status';
import { SaveBar } from '../../../components/SaveBar/SaveBar';

/** Limits mirrored from ProductPatch, for the "at most N characters" message. */
const MAX_LENGTH = 255;

interface Draft {
  title: string;
  status: ProductStatus;
  vendor: string;
}

/** Only the fields the merchant changed: the outbox op then carries a minimal patch. */
function changedFields(product: ProductDetail, draft: Draft) {
  const patch: { title?: string; status?: ProductStatus; vendor?: string | null } = {};
  if (draft.title !== product.title) patch.title = draft.title;
  if (draft.status !== product.status) patch.status = draft.status;
  const vendor = draft.vendor.trim() === '' ? null : draft.vendor;
  if (vendor !== product.vendor) patch.vendor = vendor;
  return patch;
}

export function ProductEditForm({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useApiMutation('catalog.updateProduct');
  const [draft, setDraft] = useState<Draft>({
    title: product.title,
    status: product.status,
    vendor: product.vendor ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const patch = changedFields(product, draft);
  const dirty = Object.keys(patch).length > 0;

  const edit = (field: keyof Draft, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: '' }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = ProductPatch.safeParse(patch);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues));
      return;
    }
    update.mutate(
      { id: product.id, patch },
      {
        onSuccess: (next) => {
          queryClient.setQueryData(queryKeyOf('catalog.getProduct', { id: product.id }), next);
          setSaved(true);
        },
        onError: (error) => {
          if (error.code === 'validation') setErrors(fieldErrors(error.issues, ['patch']));
        },
      },
    );
  };

  const errorText = (field: string) => (errors[field] ? t(errors[field], { max: MAX_LENGTH }) : undefined);
  const showAlert = update.isError && update.error.code !== 'validation';

  return (
    <form onSubmit={submit} noValidate aria-labelledby="product-edit-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="product-edit-heading">
          {t('products.edit.title')}
        </Title>
        <TextInput
          label={t('products.edit.field_title')}
          value={draft.title}
          onChange={(event) => edit('title', event.currentTarget.value)}
          error={errorText('title')}
          required
          dir="auto"
        />
        <NativeSelect
          label={t('products.edit.field_status')}
          value={draft.status}
          onChange={(event) => edit('status', event.currentTarget.value)}
          data={PRODUCT_STATUSES.map((value) => ({ value, label: t(`products.status.${value}`) }))}
          error={errorText('status')}
        />
        <TextInput
          label={t('products.edit.field_vendor')}
          value={draft.vendor}
          onChange={(event) => edit('vendor', event.currentTarget.value)}
          error={errorText('vendor')}
          dir="auto"
        />
        {showAlert ? <ErrorAlert error={update.error} /> : null}
        <SaveBar savedMessage={t('products.edit.saved')} saved={saved} dirty={dirty} saving={update.isPending} />
      </Stack>
    </form>
  );
}

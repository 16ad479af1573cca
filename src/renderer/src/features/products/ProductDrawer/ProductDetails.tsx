import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductDetail } from '../../../../../shared/schemas/catalog';
import { useFormat } from '../../../i18n/use-format';
import { STATUS_COLORS } from '../product-status';
import classes from './ProductDrawer.module.css';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">
        <bdi>{value}</bdi>
      </Text>
    </div>
  );
}

export function ProductDetails({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('common.none');

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color={STATUS_COLORS[product.status]}>
          {t(`products.status.${product.status}`)}
        </Badge>
        {product.tags.map((tag) => (
          <Badge key={tag} variant="outline" color="gray" dir="auto">
            {tag}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <Field label={t('products.detail.vendor')} value={product.vendor ?? none} />
        <Field label={t('products.detail.type')} value={product.productType ?? none} />
        <Field label={t('products.detail.handle')} value={product.handle} />
        <Field label={t('products.column.updated')} value={format.dateTime(product.updatedAt)} />
      </SimpleGrid>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('products.detail.variants', { count: product.variants.length, n: format.number(product.variants.length) })}
        </Title>
        <Table.ScrollContainer minWidth={420}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('products.detail.sku')}</Table.Th>
                <Table.Th>{t('products.detail.variant')}</Table.Th>
                <Table.Th className={classes.numeric}>{t('products.column.price')}</Table.Th>
                <Table.Th className={classes.numeric}>{t('products.detail.inventory')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {product.variants.map((variant) => (
                <Table.Tr key={variant.id}>
                  <Table.Td dir="ltr">{variant.sku}</Table.Td>
                  <Table.Td>
                    <bdi>{variant.title}</bdi>
                  </Table.Td>
                  <Table.Td className={classes.numeric}>{format.money(variant.priceMinor, product.currency)}</Table.Td>
                  <Table.Td className={classes.numeric}>{format.number(variant.inventory)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
    </Stack>
  );
}

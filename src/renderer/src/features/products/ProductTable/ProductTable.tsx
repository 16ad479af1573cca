import { Badge, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../../shared/schemas/catalog';
import { useFormat } from '../../../i18n/use-format';
import { STATUS_COLORS } from '../product-status';
import classes from './ProductTable.module.css';

export interface ProductTableProps {
  products: ProductRow[];
  onOpen: (product: ProductRow) => void;
}

function Thumbnail({ url }: { url: string | null }) {
  const [broken, setBroken] = useState(false);
  // Decorative: the title in the next cell already names the product.
  return url && !broken ? (
    <img className={classes.thumb} src={url} alt="" loading="lazy" width={40} height={40} onError={() => setBroken(true)} />
  ) : (
    <span className={classes.thumb} aria-hidden>
      <IconPhoto size={18} stroke={1.4} />
    </span>
  );
}

function Header() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('products.column.image')}</Table.Th>
        <Table.Th>{t('products.column.title')}</Table.Th>
        <Table.Th>{t('products.column.status')}</Table.Th>
        <Table.Th className={classes.numeric}>{t('products.column.variants')}</Table.Th>
        <Table.Th className={classes.numeric}>{t('products.column.price')}</Table.Th>
        <Table.Th>{t('products.column.updated')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export function ProductTable({ products, onOpen }: ProductTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="xs">
        <Header />
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id} className={classes.row} onClick={() => onOpen(product)}>
              <Table.Td>
                <Thumbnail url={product.thumbnailUrl} />
              </Table.Td>
              <Table.Td>
                {/* The row is clickable for the mouse; this button is the keyboard path. */}
                <UnstyledButton
                  className={classes.titleButton}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(product);
                  }}
                >
                  {/* <bdi>: merchant text keeps its own direction, the cell keeps the UI's alignment. */}
                  <bdi>{product.title}</bdi>
                </UnstyledButton>
                {product.vendor ? (
                  <Text size="xs" c="dimmed">
                    <bdi>{product.vendor}</bdi>
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[product.status]}>
                  {t(`products.status.${product.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td className={classes.numeric}>{format.number(product.variantCount)}</Table.Td>
              <Table.Td className={classes.numeric}>
                {product.minPriceMinor === null ? t('common.none') : format.money(product.minPriceMinor, product.currency)}
              </Table.Td>
              <Table.Td>
                <Text size="sm" className={classes.nowrap}>
                  {format.date(product.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProductTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div data-testid="products-loading">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={44} mb="xs" radius="sm" />
      ))}
    </div>
  );
}

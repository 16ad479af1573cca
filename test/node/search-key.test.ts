import { afterEach, describe, expect, it } from 'vitest';
import { searchKey } from '../../src/shared/text/search-key';
import { listProducts } from '../../src/core/catalog/service';
import { insertProduct, insertTranslation, insertVariant, tagProduct } from './helpers/fixtures';
import { openTestDb, type TestDb } from './helpers/test-db';

describe('searchKey()', () => {
  it.each([
    ['NFKC folds compatibility forms', 'ﬁle Ｒｕｇ ①', 'file rug 1'],
    ['folds case, including Cyrillic', 'ЁЛКА Rug', 'елка rug'],
    ['ё → е', 'ёлочная', 'елочная'],
    ['Arabic yeh and alef maksura → Persian yeh', 'علي مصطفى', 'علی مصطفی'],
    ['Arabic kaf → keheh', 'كاشان', 'کاشان'],
    ['teh marbuta → heh', 'سجادة', 'سجاده'],
    ['hamza alefs → bare alef', 'أإآ', 'ااا'],
    ['strips tashkeel', 'مُحَمَّد', 'محمد'],
    ['strips tatweel', 'فـــرش', 'فرش'],
    ['strips ZWNJ and ZWJ', 'می\u200Cخواهم\u200D', 'میخواهم'],
    ['strips bidi marks and isolates', '\u200Fabc\u202B\u2067x\u2069', 'abcx'],
    ['Persian digits → ASCII', '۱۲۳۴۵۶۷۸۹۰', '1234567890'],
    ['Arabic-Indic digits → ASCII', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
  ])('%s', (_name, input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('treats null, undefined and empty as the empty key', () => {
    expect(searchKey(null)).toBe('');
    expect(searchKey(undefined)).toBe('');
    expect(searchKey('')).toBe('');
  });

  it('is idempotent', () => {
    for (const s of ['كاشان', 'Ёлочная', 'مُحَمَّد', '۱۲ Rug-A_1']) expect(searchKey(searchKey(s))).toBe(searchKey(s));
  });
});

describe('product search through product_fts', () => {
  let t: TestDb;
  afterEach(() => t.close());

  const titlesFor = (q: string) => listProducts(t.db, { q, limit: 50 }).items.map((p) => p.title).sort();

  it('finds products across Arabic/Persian letter variants, ё/е, tashkeel, SKUs, handles and tags', async () => {
    t = await openTestDb();
    const kashan = insertProduct(t.db, { title: 'فرش کاشان', handle: 'kashan-rug' });
    insertVariant(t.db, kashan, { sku: 'RUG-KSH-01' });
    const tree = insertProduct(t.db, { title: 'Ёлочная игрушка', handle: 'tree-toy' });
    tagProduct(t.db, tree, 'новый-год', 'glass');
    const name = insertProduct(t.db, { title: 'Lamp', handle: 'lamp' });
    insertTranslation(t.db, name, 'ar', 'مصباح محمد');
    const other = insertProduct(t.db, { title: 'Plain mug', handle: 'mug' });
    insertVariant(t.db, other, { sku: 'MUG-01' });

    expect(titlesFor('كاشان')).toEqual(['فرش کاشان']);
    expect(titlesFor('ёлочная')).toEqual(['Ёлочная игрушка']);
    expect(titlesFor('елочная')).toEqual(['Ёлочная игрушка']);
    expect(titlesFor('ЕЛОЧ')).toEqual(['Ёлочная игрушка']);
    expect(titlesFor('مُحَمَّد')).toEqual(['Lamp']);
    expect(titlesFor('rug-k')).toEqual(['فرش کاشان']);
    expect(titlesFor('MUG')).toEqual(['Plain mug']);
    expect(titlesFor('новый')).toEqual(['Ёлочная игрушка']);
    expect(titlesFor('glass игруш')).toEqual(['Ёлочная игрушка']);
    expect(titlesFor('glass mug')).toEqual([]);
    expect(titlesFor('kashan')).toEqual(['فرش کاشان']);
  });

  it('keeps FTS in step with edits and treats FTS syntax in input as text', async () => {
    t = await openTestDb();
    const id = insertProduct(t.db, { title: 'Blue vase', handle: 'vase' });
    t.db.prepare('UPDATE products SET title = ? WHERE id = ?').run('Green vase', id);
    expect(titlesFor('blue')).toEqual([]);
    expect(titlesFor('green')).toEqual(['Green vase']);
    expect(titlesFor('"vase" OR NOT')).toEqual([]);
    expect(titlesFor('vase*')).toEqual(['Green vase']);
    // Nothing searchable left: no text filter at all.
    expect(titlesFor(' . ')).toEqual(['Green vase']);
  });
});

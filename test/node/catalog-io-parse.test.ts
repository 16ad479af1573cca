import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRecords, sniffDelimiter, type CsvRecord } from '../../src/core/catalog-io/csv-reader';
import { formatMoney, parseMoney } from '../../src/core/catalog-io/rules/money';
import { sanitizeBodyHtml } from '../../src/core/catalog-io/rules/sanitize-body-html';
import { tempDir } from './helpers/temp-dir';

const dir = tempDir('sk-csv-parse-');
afterAll(() => dir.cleanup());
let n = 0;
async function records(bytes: string | Buffer): Promise<CsvRecord[]> {
  const path = join(dir.dir, `f${++n}.csv`);
  writeFileSync(path, bytes);
  const out: CsvRecord[] = [];
  for await (const r of readCsvRecords(path)) out.push(r);
  return out;
}

describe('CSV reader', () => {
  it('strips a BOM, reads CRLF and ; and keeps quoted separators, quotes and newlines', async () => {
    const got = await records('\ufeffHandle;Body\r\na;"x; y, ""z""\r\nnext"\r\n\r\nb;plain\r\n');
    expect(got).toEqual([
      { line: 1, cells: ['Handle', 'Body'] },
      { line: 2, cells: ['a', 'x; y, "z"\r\nnext'] },
      { line: 5, cells: ['b', 'plain'] },
    ]);
  });

  it('counts physical lines across multi-line cells and blank lines with LF and ,', async () => {
    const got = await records('H,B\n\na,"1\n2\n\n3"\nb,"x"\n\n\nc,y');
    expect(got.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'H'],
      [3, 'a'],
      [7, 'b'],
      [10, 'c'],
    ]);
  });

  it('keeps line numbers right far into a file larger than one stream chunk', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `h${i},"line one\nline two ${'x'.repeat(20)}"`).join('\n');
    const got = await records(`Handle,Body\n${body}\n`);
    expect(got).toHaveLength(5001);
    expect(got[4999]).toEqual({ line: 2 + 4998 * 2, cells: ['h4998', `line one\nline two ${'x'.repeat(20)}`] });
  });

  it('sniffs the separator from the header line', () => {
    const semi = join(dir.dir, 'semi.csv');
    writeFileSync(semi, '\ufeffHandle;Title;Body (HTML)\r\na;"b, c";d\r\n');
    const comma = join(dir.dir, 'comma.csv');
    writeFileSync(comma, 'Handle,Title\na;b,c\n');
    expect(sniffDelimiter(semi)).toBe(';');
    expect(sniffDelimiter(comma)).toBe(',');
  });
});

describe('money', () => {
  it('parses decimals of up to 2 places into minor units', () => {
    expect([parseMoney('19.99'), parseMoney('50'), parseMoney('0.5'), parseMoney(' 7.05 '), parseMoney('0')]).toEqual([1999, 5000, 50, 705, 0]);
  });
  it('rejects more than 2 decimals, negatives and non-numbers', () => {
    for (const bad of ['12.345', '-1', 'abc', '', '1,50', '1e3', '.5', '12.']) expect(parseMoney(bad), bad).toBeNull();
  });
  it('formats minor units with two decimals', () => {
    expect([formatMoney(1999), formatMoney(5000), formatMoney(5), formatMoney(0)]).toEqual(['19.99', '50.00', '0.05', '0.00']);
  });
});

describe('Body (HTML) sanitiser', () => {
  it('drops scripts, styles, iframes, event handlers and javascript: links', () => {
    const out = sanitizeBodyHtml(
      '<p onclick="x()" style="color:red">Hi <a href="javascript:alert(1)">bad</a> <a href="https://ok.example" target="_blank">ok</a>' +
        ' <a href="mailto:a@b.example">mail</a></p><script>alert(1)</script><style>p{}</style><iframe src="https://e"></iframe>' +
        '<img src=x onerror=alert(1)><span class="c">s</span><h2>T</h2><table><tr><td>cell</td></tr></table>',
    );
    expect(out).toBe(
      '<p>Hi <a>bad</a> <a href="https://ok.example">ok</a> <a href="mailto:a@b.example">mail</a></p><span>s</span><h2>T</h2>cell',
    );
  });
  it('is stable: sanitising twice changes nothing (round trips stay identical)', () => {
    const once = sanitizeBodyHtml('<p>a &amp; b &nbsp; 5 > 3 "q" <b>x</b></p>');
    expect(sanitizeBodyHtml(once)).toBe(once);
  });
});

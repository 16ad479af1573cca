import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';

/** One CSV record with the 1-based physical line of the file where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Picks `;` or `,` from the header line: spreadsheet apps in locales with a decimal comma
 * (de, fr, ru …) save CSV with semicolons. Header names never contain either character.
 */
export function sniffDelimiter(path: string): ',' | ';' {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    const text = buf.subarray(0, n).toString('utf8');
    const end = text.search(/\r|\n/);
    const header = end === -1 ? text : text.slice(0, end);
    const count = (ch: string) => header.split(ch).length - 1;
    return count(';') > count(',') ? ';' : ',';
  } finally {
    closeSync(fd);
  }
}

/**
 * Remembers the byte offset of every LF that streams past, so a record's start offset
 * (csv-parse reports where each record ENDS, in bytes) maps to a physical line. Offsets are
 * dropped as soon as they are behind the parser, so memory stays bounded by its buffer.
 */
class LineIndex extends Transform {
  private offset = 0;
  private readonly newlines: number[] = [];
  private head = 0;
  private linesBefore = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.newlines.push(this.offset + i);
    this.offset += chunk.length;
    done(null, chunk);
  }

  /** 1-based line of the byte at `offset`; offsets must not go backwards. */
  lineAt(offset: number): number {
    while (this.head < this.newlines.length && this.newlines[this.head] < offset) {
      this.head++;
      this.linesBefore++;
    }
    if (this.head > 4096) {
      this.newlines.splice(0, this.head);
      this.head = 0;
    }
    return this.linesBefore + 1;
  }
}

/**
 * Streams the records of a CSV file: UTF-8 with or without BOM, CRLF or LF, `,` or `;`,
 * quoted cells with separators, doubled quotes and newlines. Blank lines are skipped but
 * still counted, so every record carries its true starting line.
 */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  const delimiter = sniffDelimiter(path);
  const index = new LineIndex();
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const source = createReadStream(path);
  source.on('error', (e) => parser.destroy(e));
  source.pipe(index).pipe(parser);
  let recordStart = 0;
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
    const line = index.lineAt(recordStart);
    recordStart = item.info.bytes;
    if (item.record.every((cell) => cell.trim() === '')) continue;
    yield { line, cells: item.record };
  }
}

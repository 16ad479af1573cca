/** Where a command writes. Tests and the real CLI both pass process streams. */
export interface CliIo {
  /** Results: exactly what a script would parse. */
  out(line: string): void;
  /** Progress, warnings and errors. */
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** 1536 → "1.5 KB". Decimal units, as disk tools show them. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

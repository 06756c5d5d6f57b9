import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { RejectedRow } from '../../stores/store.js';

const quote = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * Appends rejected rows to `rejects/<import-id>.csv`: the original columns plus `_row, _field,
 * _reason`, so a user can fix the file and import it again. Opened lazily: no rejects, no file.
 */
export class RejectFile {
  private stream: WriteStream | null = null;
  private columns: readonly string[] = [];

  constructor(readonly path: string) {}

  get written(): boolean {
    return this.stream !== null;
  }

  async append(rows: readonly RejectedRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.stream === null) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.stream = createWriteStream(this.path);
      this.columns = Object.keys(rows[0]?.raw ?? {});
      this.stream.write(`${[...this.columns, '_row', '_field', '_reason'].map(quote).join(',')}\n`);
    }
    const lines = rows.map((r) => {
      const values = this.columns.map((c) => r.raw[c] ?? '');
      return `${[...values, String(r.row), r.field, r.reason].map(quote).join(',')}\n`;
    });
    const stream = this.stream;
    if (!stream.write(lines.join(''))) await new Promise<void>((res) => stream.once('drain', res));
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (stream === null) return;
    await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
  }
}

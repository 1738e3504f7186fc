/**
 * Binary search over a text file of lines sorted by their first tab-separated
 * field in byte order (`LC_ALL=C sort`): a lookup reads about 30 small blocks
 * through `fs.readSync`, so a 1 GB index costs no heap and no load time.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const BLOCK = 4096;
const NEWLINE = 0x0a;
const TAB = 0x09;

export class SortedLineFile {
  private readonly fd: number;
  readonly size: number;
  private readonly block = Buffer.alloc(BLOCK);

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Every line whose first field equals `key` (without the trailing newline). */
  linesWithKey(key: string): string[] {
    const target = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = this.size;
    // Smallest position whose next line start holds a key >= target (or is the end).
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const start = this.lineStartFrom(mid);
      if (start >= this.size || Buffer.compare(this.keyAt(start), target) >= 0) hi = mid;
      else lo = mid + 1;
    }
    const out: string[] = [];
    for (let pos = this.lineStartFrom(lo); pos < this.size;) {
      const line = this.lineAt(pos);
      const tab = line.indexOf(TAB);
      if (!line.subarray(0, tab < 0 ? line.length : tab).equals(target)) break;
      out.push(line.toString('utf8'));
      pos += line.length + 1;
    }
    return out;
  }

  /** The start of the first line that begins at or after `pos`. */
  private lineStartFrom(pos: number): number {
    if (pos === 0) return 0;
    for (let at = pos - 1; at < this.size; at += BLOCK) {
      const n = readSync(this.fd, this.block, 0, BLOCK, at);
      const i = this.block.subarray(0, n).indexOf(NEWLINE);
      if (i >= 0) return at + i + 1;
      if (n < BLOCK) break;
    }
    return this.size;
  }

  /** The line starting at `start`, without its newline (grows past one block for long lines). */
  private lineAt(start: number): Buffer {
    const parts: Buffer[] = [];
    for (let at = start; at < this.size; at += BLOCK) {
      const n = readSync(this.fd, this.block, 0, BLOCK, at);
      const chunk = this.block.subarray(0, n);
      const i = chunk.indexOf(NEWLINE);
      if (i >= 0) {
        parts.push(Buffer.from(chunk.subarray(0, i)));
        break;
      }
      parts.push(Buffer.from(chunk));
      if (n < BLOCK) break;
    }
    return Buffer.concat(parts);
  }

  /** The first field of the line starting at `start`. */
  private keyAt(start: number): Buffer {
    const n = readSync(this.fd, this.block, 0, BLOCK, start);
    const chunk = this.block.subarray(0, n);
    const tab = chunk.indexOf(TAB);
    const newline = chunk.indexOf(NEWLINE);
    const end = tab < 0 ? newline : newline < 0 ? tab : Math.min(tab, newline);
    if (end >= 0) return Buffer.from(chunk.subarray(0, end));
    const line = this.lineAt(start);
    const lineTab = line.indexOf(TAB);
    return lineTab < 0 ? line : line.subarray(0, lineTab);
  }
}

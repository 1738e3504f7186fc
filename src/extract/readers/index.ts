import { toArticle } from '../hash';
import type { Article, ArticleInput } from '../types';

/** Why one article (or one line of a batch) was not read. The rest of the batch goes on. */
export interface ReaderError {
  file: string;
  /** 1-based line number where the problem starts. */
  line: number;
  /** One sentence. */
  reason: string;
}

export interface ReadResult {
  articles: Article[];
  errors: ReaderError[];
}

export type ArticleLayout = 'ndjson' | 'seed' | 'plain';

/** Text longer than this (in UTF-16 code units, about bytes for news text) is refused. */
export const MAX_TEXT_LENGTH = 1_000_000;

const HTML_RE =
  /<\/?(?:html|head|body|div|p|span|a|br|script|style|table|tr|td|ul|li|img|meta|link|h[1-6]|iframe)\b[^<>]{0,500}>/i;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Returns why an article can't be used, or undefined when it is fine. */
export function validateArticle(input: { title?: unknown; text?: unknown }): string | undefined {
  if (typeof input.title !== 'string' || input.title.trim() === '') return 'The article has no title.';
  if (typeof input.text !== 'string') return 'The article has no text.';
  if (input.text.trim() === '') return 'The article text is empty.';
  if (input.text.length > MAX_TEXT_LENGTH) return `The article text is over 1 MB (${input.text.length} characters).`;
  const both = input.title + '\n' + input.text;
  if (both.includes('\u0000')) return 'The article contains NUL characters, so it looks binary.';
  if (both.includes('\uFFFD')) return 'The article contains U+FFFD replacement characters, so it is not valid UTF-8.';
  if (LONE_SURROGATE.test(both)) return 'The article contains a lone surrogate, so it is not valid Unicode text.';
  if (HTML_RE.test(both)) return 'The article contains HTML markup; only plain text is accepted.';
  return undefined;
}

function isoDate(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** NDJSON: one JSON article per line (`id`, `title`, `text`, `published`, `source`, `url`). */
export function readNdjson(text: string, fileName: string): ReadResult {
  const articles: Article[] = [];
  const errors: ReaderError[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const lineNo = i + 1;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      errors.push({ file: fileName, line: lineNo, reason: 'The line is not valid JSON.' });
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      errors.push({ file: fileName, line: lineNo, reason: 'The line is not a JSON object.' });
      return;
    }
    const rec = obj as Record<string, unknown>;
    const problem = validateArticle(rec);
    if (problem) {
      errors.push({ file: fileName, line: lineNo, reason: problem });
      return;
    }
    const input: ArticleInput = { title: (rec['title'] as string).trim(), text: rec['text'] as string };
    if (typeof rec['id'] === 'string' || typeof rec['id'] === 'number') input.sourceId = String(rec['id']);
    if (typeof rec['published'] === 'string' && rec['published'].trim() !== '') {
      const d = isoDate(rec['published']);
      if (!d) {
        errors.push({ file: fileName, line: lineNo, reason: `The published date "${rec['published']}" is not ISO.` });
        return;
      }
      input.published = rec['published'].trim().length > 10 ? rec['published'].trim() : d;
    }
    if (typeof rec['source'] === 'string') input.source = rec['source'];
    if (typeof rec['url'] === 'string') input.url = rec['url'];
    articles.push(toArticle(input));
  });
  return { articles, errors };
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** `May 16, 2024 19:37 PM`, `2024-05-16 19:37`, `16 May 2024` → `2024-05-16`. */
export function parseReleaseTime(s: string): string | undefined {
  const iso = isoDate(s);
  if (iso) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  let m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
  if (m) {
    const mon = MONTHS[(m[1] ?? '').toLowerCase()];
    if (mon) return `${m[3]}-${pad(mon)}-${pad(Number(m[2]))}`;
  }
  m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(s);
  if (m) {
    const mon = MONTHS[(m[2] ?? '').toLowerCase()];
    if (mon) return `${m[3]}-${pad(mon)}-${pad(Number(m[1]))}`;
  }
  m = /(\d{4})[/.](\d{1,2})[/.](\d{1,2})/.exec(s);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return undefined;
}

const RELEASE_RE = /^\s*(?:Release time|Released|Published|Publication date)\s*[:：]\s*(.*)$/i;

interface Block {
  lines: string[];
  startLine: number;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      cur = undefined;
      return;
    }
    if (!cur) {
      cur = { lines: [], startLine: i + 1 };
      blocks.push(cur);
    }
    cur.lines.push(line);
  });
  return blocks;
}

function isHeadlineBlock(b: Block, next: Block | undefined): boolean {
  if (b.lines.length === 2 && b.lines[0]?.trim() === b.lines[1]?.trim()) return true;
  if (b.lines.length === 1 && next && next.lines.length >= 1 && RELEASE_RE.test(next.lines[0] ?? '')) return true;
  return false;
}

/**
 * The news site's export: several articles in one file, each a headline (often printed twice), a blank line,
 * an optional `Release time:` line and paragraphs.
 */
export function readSeedText(text: string, fileName: string): ReadResult {
  const articles: Article[] = [];
  const errors: ReaderError[] = [];
  const blocks = blocksOf(text);
  let current: { title: string; line: number; published?: string; paras: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const input: ArticleInput = { title: current.title, text: current.paras.join('\n\n') };
    if (current.published) input.published = current.published;
    const problem = validateArticle(input);
    if (problem) errors.push({ file: fileName, line: current.line, reason: problem });
    else articles.push(toArticle(input));
    current = undefined;
  };
  blocks.forEach((b, i) => {
    if (!current || isHeadlineBlock(b, blocks[i + 1])) {
      flush();
      current = { title: (b.lines[0] ?? '').trim(), line: b.startLine, paras: [] };
      // A first block of several distinct lines: the headline is its first line, the rest is text.
      if (!isHeadlineBlock(b, blocks[i + 1]) && b.lines.length > 1) current.paras.push(b.lines.slice(1).join('\n'));
      return;
    }
    const rel = RELEASE_RE.exec(b.lines[0] ?? '');
    if (rel && current.paras.length === 0 && !current.published) {
      const d = parseReleaseTime(rel[1] ?? '');
      if (d) current.published = d;
      if (b.lines.length > 1) current.paras.push(b.lines.slice(1).join('\n'));
      return;
    }
    current.paras.push(b.lines.join('\n'));
  });
  flush();
  if (articles.length === 0 && errors.length === 0) {
    errors.push({ file: fileName, line: 1, reason: 'The file holds no article.' });
  }
  return { articles, errors };
}

/** One article: the first non-empty line is the title, the rest is the text. */
export function readPlainArticle(text: string, fileName: string): ReadResult {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { articles: [], errors: [{ file: fileName, line: 1, reason: 'The file is empty.' }] };
  const title = (lines[first] ?? '').trim();
  let body = lines.slice(first + 1);
  let published: string | undefined;
  const relIdx = body.findIndex((l) => l.trim() !== '');
  const rel = relIdx >= 0 ? RELEASE_RE.exec(body[relIdx] ?? '') : null;
  if (rel) {
    published = parseReleaseTime(rel[1] ?? '');
    body = body.slice(relIdx + 1);
  }
  const input: ArticleInput = { title, text: body.join('\n').trim() };
  if (published) input.published = published;
  const problem = validateArticle(input);
  if (problem) return { articles: [], errors: [{ file: fileName, line: first + 1, reason: problem }] };
  return { articles: [toArticle(input)], errors: [] };
}

/** Guesses the layout: NDJSON when lines start with `{`, the seed layout when headlines repeat or a release line follows, else plain. */
export function detectLayout(text: string): ArticleLayout {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  if (firstLine.trim().startsWith('{')) return 'ndjson';
  const blocks = blocksOf(text);
  if (blocks.some((b, i) => isHeadlineBlock(b, blocks[i + 1]))) return 'seed';
  return 'plain';
}

export function detectAndRead(text: string, fileName: string): ReadResult {
  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    return {
      articles: [],
      errors: [{ file: fileName, line, reason: 'The file contains NUL bytes, so it looks binary.' }],
    };
  }
  const bom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  switch (detectLayout(bom)) {
    case 'ndjson':
      return readNdjson(bom, fileName);
    case 'seed':
      return readSeedText(bom, fileName);
    default:
      return readPlainArticle(bom, fileName);
  }
}

/**
 * The offline Wikipedia anchor index built by `corenlp/wikidict-install.mjs` from
 * Stanford's anchor dictionary: which article an anchor text most often links
 * to, and how often (`anchors.tsv`), and every anchor of an article
 * (`titles.tsv`). Titles are returned with spaces ("Vladimir Putin"), the
 * form gold files and the API use; the files keep Wikipedia's underscores.
 * Titles come back as they are named today (title-moves.ts: "Kiev" → "Kyiv").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SortedLineFile } from './sorted-file';
import { currentTitle, dictionaryTitles } from './title-moves';

/** Must equal FORMAT_VERSION in corenlp/wikidict-install.mjs. */
const FORMAT_VERSION = 1;
const REBUILD = 'node corenlp/wikidict-install.mjs --force';

/** One dictionary line: `anchor` links to `title` with probability `probability` (the most likely article for it). */
export interface AnchorSense {
  anchor: string;
  title: string;
  probability: number;
}

export class WikipediaIndexError extends Error {
  override readonly name = 'WikipediaIndexError';
}

/** Where the index lives: `WIKIDICT_DIR`, else `.data/wikidict` of the checkout. */
export function defaultWikipediaDir(): string {
  return resolve(process.env.WIKIDICT_DIR ?? join(__dirname, '..', '..', '..', '.data', 'wikidict'));
}

/** "Vladimir_Putin" → "Vladimir Putin"; the first letter upper case as Wikipedia stores it. */
export function displayTitle(title: string): string {
  const spaced = title.replace(/_/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The article's address on English Wikipedia. */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}

interface Meta {
  formatVersion: number;
  bytes: Record<string, number>;
}

function isMeta(value: unknown): value is Meta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.formatVersion === 'number' && typeof v.bytes === 'object' && v.bytes !== null;
}

export class WikipediaIndex {
  private readonly anchors: SortedLineFile;
  private readonly titles: SortedLineFile;
  private readonly senseCache = new Map<string, AnchorSense[]>();

  private constructor(readonly dir: string) {
    this.anchors = new SortedLineFile(join(dir, 'anchors.tsv'));
    this.titles = new SortedLineFile(join(dir, 'titles.tsv'));
  }

  /**
   * Opens the index in `dir`, checking it is complete (meta.json written last
   * by the builder, file sizes as recorded). A missing or corrupt index is a
   * WikipediaIndexError whose message names the command that rebuilds it.
   */
  static open(dir: string = defaultWikipediaDir()): WikipediaIndex {
    const metaFile = join(dir, 'meta.json');
    if (!existsSync(metaFile))
      throw new WikipediaIndexError(`The Wikipedia index is missing in ${dir}. Build it with: ${REBUILD}`);
    let meta: unknown;
    try {
      meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    } catch {
      throw new WikipediaIndexError(
        `The Wikipedia index in ${dir} is corrupt (meta.json). Rebuild it with: ${REBUILD}`,
      );
    }
    if (!isMeta(meta) || meta.formatVersion !== FORMAT_VERSION)
      throw new WikipediaIndexError(`The Wikipedia index in ${dir} has an old format. Rebuild it with: ${REBUILD}`);
    for (const file of ['anchors.tsv', 'titles.tsv']) {
      const path = join(dir, file);
      if (!existsSync(path) || statSync(path).size !== meta.bytes[file])
        throw new WikipediaIndexError(
          `The Wikipedia index in ${dir} is corrupt (${file}). Rebuild it with: ${REBUILD}`,
        );
    }
    return new WikipediaIndex(dir);
  }

  close(): void {
    this.anchors.close();
    this.titles.close();
  }

  /** Every dictionary line whose anchor equals `text` ignoring case ("Georgia", "GEORGIA", "georgia"). */
  senses(text: string): AnchorSense[] {
    const key = text.toLowerCase();
    const cached = this.senseCache.get(key);
    if (cached) return cached;
    const out: AnchorSense[] = [];
    for (const line of this.anchors.linesWithKey(key)) {
      const [, anchor, title, probability] = line.split('\t');
      if (anchor !== undefined && title !== undefined && probability !== undefined)
        out.push({ anchor, title: currentTitle(displayTitle(title)), probability: Number(probability) });
    }
    if (this.senseCache.size > 50_000) this.senseCache.clear();
    this.senseCache.set(key, out);
    return out;
  }

  /**
   * The sense of `text` as written: the line with exactly this anchor, else
   * the most likely line whose anchor differs only in case and is not all
   * lower case (lower-case anchors are common nouns: "china" → Porcelain).
   */
  sense(text: string): AnchorSense | undefined {
    const all = this.senses(text);
    const exact = all.find((s) => s.anchor === text);
    if (exact) return exact;
    return all.filter((s) => s.anchor !== s.anchor.toLowerCase()).sort((a, b) => b.probability - a.probability)[0];
  }

  /**
   * The anchors of `title` (today's title, or the dictionary's own) with their
   * probabilities; empty when the dictionary has no such article.
   */
  anchorsOf(title: string): AnchorSense[] {
    const now = currentTitle(displayTitle(title));
    const out: AnchorSense[] = [];
    for (const stored of dictionaryTitles(now).map((t) => t.replace(/ /g, '_')))
      for (const line of this.titles.linesWithKey(stored)) {
        const [, ...fields] = line.split('\t');
        for (const field of fields) {
          const [anchor, probability] = field.split('\u001f');
          if (anchor !== undefined && probability !== undefined)
            out.push({ anchor, title: now, probability: Number(probability) });
        }
      }
    return out;
  }

  /** True when the dictionary has an article of this title (today's or the dictionary's own). */
  hasTitle(title: string): boolean {
    const now = currentTitle(displayTitle(title));
    return dictionaryTitles(now).some((t) => this.titles.linesWithKey(t.replace(/ /g, '_')).length > 0);
  }
}

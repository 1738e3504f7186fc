import { findDates, type DateReference } from './dates';
import { buildEntities } from './entities';
import { findMentions, type RawMention } from './mentions';
import { extractRelations } from './rules/index';
import { splitSentences } from './sentences';
import type { AnnotatedArticle } from '../nlp/document';
import { definedAcronymMentions, nerMentions, trimTitlesWithNer } from './ner-mentions';
import type { Article, ExtractionResult } from './types';

export { articleId, contentHash, toArticle } from './hash';
export {
  detectAndRead,
  detectLayout,
  parseReleaseTime,
  readNdjson,
  readPlainArticle,
  readSeedText,
  validateArticle,
  type ArticleLayout,
  type ReadResult,
  type ReaderError,
} from './readers';
export { splitSentences } from './sentences';
export { findDates, normalizeDate, type DateMention, type DateReference } from './dates';
export { findMentions, tokenize, type RawMention } from './mentions';

function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 4) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / long.length > 0.6;
}

/**
 * Extracts entities and relations from one article and the backbone's
 * annotation of it (src/nlp). Pure: no I/O.
 */
export function extractArticle(article: Article, annotated: AnnotatedArticle): ExtractionResult {
  // Offsets in `annotated` index these very strings; an annotation of another text would put every span elsewhere.
  if (annotated.title.text !== article.title || annotated.body.text !== article.text) {
    throw new Error(`the annotation given is not of the article "${article.title.slice(0, 80)}"`);
  }
  const text = article.text;
  const sentences = splitSentences(text);
  const lowerWords = new Set<string>(text.match(/(?<![\p{L}'’])[\p{Ll}][\p{Ll}'’-]*/gu) ?? []);
  const raw: RawMention[] = [];
  raw.push(
    ...findMentions({
      text: article.title,
      base: 0,
      sentenceIndex: -1,
      inTitle: true,
      lowerWords,
      titleCase: isTitleCase(article.title),
    }),
  );
  for (const s of sentences) {
    raw.push(
      ...findMentions({
        text: s.text,
        base: s.start,
        sentenceIndex: s.index,
        inTitle: false,
        lowerWords,
        titleCase: false,
      }),
    );
  }
  const DEMONYM_NOT_COUNTRY =
    /^[\s-]+(?:culture|civili[sz]ation|nation|path|moderni[sz]ation|characteristics|style|language|history|traditions?|dream|wisdom|medicine|cuisine|food|literature|art|heritage|socialism|values|new year)\b/i;
  const kept0 = raw.filter((m) => {
    if (!m.gaz?.demonym) return true;
    const src = m.inTitle ? article.title : text;
    return !DEMONYM_NOT_COUNTRY.test(src.slice(m.end, m.end + 30));
  });
  // Title mentions count only when the text names the same thing, or the gazetteer knows it,
  // or the headline quotes the person ("Xi Jinping: …", the speaker-colon convention).
  const textNames = new Set(kept0.filter((m) => !m.inTitle).map((m) => m.name.toLowerCase()));
  const quotedSpeaker = (m: RawMention): boolean =>
    m.type === 'Person' && m.inTitle === true && /^\s*:/.test(article.title.slice(m.end, m.end + 3));
  const kept = kept0.filter(
    (m) =>
      !m.inTitle ||
      m.gaz ||
      textNames.has(m.name.toLowerCase()) ||
      (m.type === 'Person' && !m.weak) ||
      quotedSpeaker(m),
  );
  trimTitlesWithNer(annotated.body, kept);
  kept.push(...nerMentions(annotated.body, sentences, kept));
  kept.push(...definedAcronymMentions(text, sentences, kept));
  const table = buildEntities(kept, text);

  let published = article.published?.slice(0, 10);
  let defaultDate = published;
  let dateReference: DateReference | undefined;
  if (!published) {
    const first = sentences.slice(0, 2).flatMap((s) => findDates(s.text));
    const full = first.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    if (full) published = full.value;
    // A dateline: "ASTANA, June 9." / "Beijing, June 14th,".
    const s0 = sentences[0];
    const dl = s0
      ? findDates(s0.text).find(
          (d) =>
            d.hasDay &&
            d.start < 60 &&
            /,\s*$/.test(s0.text.slice(0, d.start)) &&
            /^\s*[.,(]/.test(s0.text.slice(d.end)),
        )
      : undefined;
    defaultDate = full?.value ?? dl?.value;
    // Without a year, weekdays are placed by a day whose weekday the text states ("Friday (4 April)").
    const anchor = full
      ? undefined
      : sentences.flatMap((s) => findDates(s.text)).find((d) => d.hasDay && d.weekday !== undefined);
    if (!full && (dl || anchor))
      dateReference = {
        ...(dl ? { today: dl.value } : {}),
        ...(anchor?.weekday !== undefined ? { weekAnchor: { date: anchor.value, weekday: anchor.weekday } } : {}),
      };
  }
  const relations = extractRelations({
    text,
    title: article.title,
    sentences,
    table,
    body: annotated.body,
    ...(published ? { published } : {}),
    ...(defaultDate ? { defaultDate } : {}),
    ...(dateReference ? { dateReference } : {}),
  });
  // Weak single-mention persons are kept: dropping the unconnected ones cost more real names than junk (dev set).
  const entities = [...table.entities.values()];
  return { article, sentences, entities, relations };
}

/**
 * The typed annotated-document model: what the annotation backbone
 * (Stanford CoreNLP) says about an article, in the shape extraction reads.
 *
 * An article is annotated as ONE text, its title, a blank line, then its body
 * (see `annotationText`), so one request serves both; `toAnnotatedArticle`
 * cuts the result back into a title part and a body part whose offsets are
 * offsets into `article.title` and `article.text` respectively.
 *
 * Offsets are UTF-16 code units, as CoreNLP (Java) counts them and as
 * JavaScript strings index: `text.slice(token.start, token.end)` is the token.
 */

/** One token of a sentence. */
export interface Token {
  /** 0-based position in its sentence. */
  index: number;
  /** The token as CoreNLP normalized it (`(` becomes `-LRB-`). */
  word: string;
  /** Character offsets into the part (title or body) the token is in. */
  start: number;
  end: number;
  /** Penn Treebank part of speech (`NNP`, `VBD`, …). */
  pos: string;
  lemma: string;
  /** Named-entity class: `PERSON`, `LOCATION`, `ORGANIZATION`, `MISC` or `O`. */
  ner: string;
}

/** A typed dependency edge between two tokens of one sentence (Universal Dependencies). */
export interface Dependency {
  /** Relation name, with its case marker where enhanced (`nsubj`, `obl:with`, `conj:and`, `nmod:poss`). */
  rel: string;
  /** Index of the head token in the sentence; -1 for the root. */
  head: number;
  /** Index of the dependent token in the sentence. */
  dep: number;
}

/** A span of tokens that the NER tagged as one name. */
export interface NerMention {
  start: number;
  end: number;
  text: string;
  /** `PERSON`, `LOCATION`, `ORGANIZATION` or `MISC`. */
  ner: string;
  /** Sentence index within its part, and the token range `[tokenStart, tokenEnd)` in that sentence. */
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** The tagger's confidence for its class, 0..1. */
  confidence: number;
}

export interface AnnotatedSentence {
  /** 0-based position within its part. */
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Basic dependencies: a tree. */
  basic: Dependency[];
  /** Enhanced++ dependencies: a graph (conjuncts share their head's edges, passive agents are `obl:agent`). */
  enhanced: Dependency[];
  mentions: NerMention[];
}

/** One annotated text: the title or the body of an article. */
export interface AnnotatedText {
  text: string;
  sentences: AnnotatedSentence[];
}

/** An article as the backbone annotated it. */
export interface AnnotatedArticle {
  title: AnnotatedText;
  body: AnnotatedText;
}

/** The separator between title and body in the annotated text: a blank line, which always ends a sentence. */
export const TITLE_BODY_SEPARATOR = '\n\n';

/** The one text an article is annotated as. */
export function annotationText(article: { title: string; text: string }): string {
  return `${article.title}${TITLE_BODY_SEPARATOR}${article.text}`;
}

/** The annotation is not what CoreNLP's JSON output looks like. */
export class AnnotationFormatError extends Error {
  override readonly name = 'AnnotationFormatError';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown, what: string): Json[] {
  if (!Array.isArray(value) || !value.every(isObject))
    throw new AnnotationFormatError(`${what} is not a list of objects.`);
  return value;
}

function num(o: Json, key: string, what: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new AnnotationFormatError(`${what} has no numeric "${key}".`);
  return v;
}

function str(o: Json, key: string, fallback?: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (fallback !== undefined) return fallback;
  throw new AnnotationFormatError(`a token has no "${key}".`);
}

function dependencies(value: unknown, size: number): Dependency[] {
  if (value === undefined) return [];
  return arrayOf(value, 'a dependency list').map((d) => {
    const head = num(d, 'governor', 'a dependency') - 1;
    const dep = num(d, 'dependent', 'a dependency') - 1;
    if (head < -1 || head >= size || dep < 0 || dep >= size) {
      throw new AnnotationFormatError('a dependency points outside its sentence.');
    }
    return { rel: str(d, 'dep'), head, dep };
  });
}

/** Reads CoreNLP's JSON output (`outputFormat=json`) for `text` into sentences with absolute offsets. */
export function parseCoreNlpJson(json: unknown, text: string): AnnotatedSentence[] {
  if (!isObject(json)) throw new AnnotationFormatError('the annotation is not a JSON object.');
  return arrayOf(json['sentences'], 'sentences').map((s, index) => {
    const tokens: Token[] = arrayOf(s['tokens'], 'tokens').map((t, i) => ({
      index: i,
      word: str(t, 'word'),
      start: num(t, 'characterOffsetBegin', 'a token'),
      end: num(t, 'characterOffsetEnd', 'a token'),
      pos: str(t, 'pos', ''),
      lemma: str(t, 'lemma', ''),
      ner: str(t, 'ner', 'O'),
    }));
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined) throw new AnnotationFormatError('a sentence has no tokens.');
    if (last.end > text.length) throw new AnnotationFormatError('a token lies beyond the end of the text.');
    const mentions: NerMention[] =
      s['entitymentions'] === undefined
        ? []
        : arrayOf(s['entitymentions'], 'entity mentions').map((m) => {
            const ner = str(m, 'ner');
            const conf = m['nerConfidences'];
            const c = isObject(conf) ? conf[ner] : undefined;
            const start = num(m, 'characterOffsetBegin', 'a mention');
            const end = num(m, 'characterOffsetEnd', 'a mention');
            return {
              start,
              end,
              text: text.slice(start, end),
              ner,
              sentence: index,
              tokenStart: num(m, 'tokenBegin', 'a mention'),
              tokenEnd: num(m, 'tokenEnd', 'a mention'),
              confidence: typeof c === 'number' ? c : 1,
            };
          });
    return {
      index,
      start: first.start,
      end: last.end,
      tokens,
      basic: dependencies(s['basicDependencies'], tokens.length),
      enhanced: dependencies(s['enhancedPlusPlusDependencies'], tokens.length),
      mentions,
    };
  });
}

function shift(sentence: AnnotatedSentence, by: number, index: number): AnnotatedSentence {
  return {
    ...sentence,
    index,
    start: sentence.start - by,
    end: sentence.end - by,
    tokens: sentence.tokens.map((t) => ({ ...t, start: t.start - by, end: t.end - by })),
    mentions: sentence.mentions.map((m) => ({ ...m, start: m.start - by, end: m.end - by, sentence: index })),
  };
}

/**
 * Cuts the annotation of `annotationText(article)` into the title part and the
 * body part. A sentence that starts inside the title belongs to the title.
 */
export function toAnnotatedArticle(
  article: { title: string; text: string },
  sentences: AnnotatedSentence[],
): AnnotatedArticle {
  const bodyStart = article.title.length + TITLE_BODY_SEPARATOR.length;
  const title = sentences.filter((s) => s.start < bodyStart);
  const body = sentences.filter((s) => s.start >= bodyStart);
  return {
    title: { text: article.title, sentences: title.map((s, i) => shift(s, 0, i)) },
    body: { text: article.text, sentences: body.map((s, i) => shift(s, bodyStart, i)) },
  };
}

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { toArticle } from '../../src/extract';
import { Annotator, AnnotationTimeoutError, AnnotationUnavailableError } from '../../src/nlp';
import { CHUNK_CHARS, splitForAnnotation } from '../../src/nlp/chunks';
import { CoreNlpClient } from '../../src/nlp/client';
import { annotationText, type AnnotatedText } from '../../src/nlp/document';
import { corpus } from '../../bench/corpus';
import { freePort } from '../support/hardening';
import { forwardTo, portOf, testAnnotator, type TcpForwarder } from '../support/nlp';

// Everything here runs against the one CoreNLP server of the test run (CORENLP_URL).
const serverUrl = (): string => testAnnotator().pool.urls[0] ?? '';

/** Every token, mention and sentence span of `part` is a slice of its own text, in order. */
function assertOffsets(part: AnnotatedText): void {
  let previousEnd = 0;
  part.sentences.forEach((sentence, index) => {
    assert.equal(sentence.index, index);
    assert.ok(sentence.start >= previousEnd, `sentence ${index} starts after the previous one ends`);
    previousEnd = sentence.end;
    for (const token of sentence.tokens) {
      assert.ok(token.start >= sentence.start && token.end <= sentence.end);
      // CoreNLP spells brackets -LRB-/-RRB-; every other token is its text.
      if (!token.word.startsWith('-')) assert.equal(part.text.slice(token.start, token.end), token.word);
    }
    for (const mention of sentence.mentions) {
      assert.equal(part.text.slice(mention.start, mention.end), mention.text);
      assert.equal(mention.sentence, index);
    }
    for (const edge of [...sentence.basic, ...sentence.enhanced]) {
      assert.ok(edge.dep >= 0 && edge.dep < sentence.tokens.length && edge.head < sentence.tokens.length);
    }
  });
}

const article = toArticle({
  title: 'Amina Diallo meets Rashid Kaya in Dakar',
  text:
    'Senegalese President Amina Diallo met Rashid Kaya, the Prime Minister of Ghana, in Dakar on Monday.\n\n' +
    'The two leaders signed an agreement on trade + energy worth 5% of "both" economies, Diallo said.',
  published: '2024-03-04',
});

describe('the annotation backbone against a real CoreNLP', () => {
  let cacheDir: string;
  before(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'kg-nlp-cache-'));
  });
  after(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('real output reads into the model: title and body apart, offsets into each, names tagged', async () => {
    const annotated = await new Annotator({ urls: [serverUrl()], cacheDir: null }).annotate(article);
    assert.equal(annotated.title.text, article.title);
    assert.equal(annotated.body.text, article.text);
    assert.equal(annotated.title.sentences.length, 1, 'the blank line after the title ends its sentence');
    assert.equal(annotated.body.sentences.length, 2);
    assertOffsets(annotated.title);
    assertOffsets(annotated.body);
    const people = annotated.body.sentences[0]?.mentions.filter((m) => m.ner === 'PERSON').map((m) => m.text);
    assert.deepEqual(people, ['Amina Diallo', 'Rashid Kaya']);
    // "+" and "%" arrive as sent (a URL-decoded body would have turned "+" into a space).
    const words = annotated.body.sentences[1]?.tokens.map((t) => t.word) ?? [];
    assert.ok(words.includes('+') && words.includes('%'), words.join(' '));
    const met = annotated.body.sentences[0]?.tokens.findIndex((t) => t.word === 'met') ?? -1;
    assert.ok(annotated.body.sentences[0]?.basic.some((d) => d.rel === 'ROOT' && d.head === -1 && d.dep === met));
  });

  test('the cache answers the second annotation of an article without a request, and survives a corrupt file', async () => {
    const first = new Annotator({ urls: [serverUrl()], cacheDir });
    const annotated = await first.annotate(article);
    assert.equal(first.pool.requests, 1);

    const second = new Annotator({ urls: [serverUrl()], cacheDir });
    assert.deepEqual(await second.annotate(article), annotated);
    assert.equal(second.pool.requests, 0, 'read from disk: no request');

    const file = second.cache?.fileFor(annotationText(article)) ?? '';
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    assert.deepEqual(await second.annotate(article), annotated, 'a truncated file is ignored');
    assert.equal(second.pool.requests, 1);
    assert.doesNotThrow(() => JSON.parse(readFileSync(file, 'utf8')), 'and rewritten whole');
    assert.deepEqual(await second.annotate(article), annotated);
    assert.equal(second.pool.requests, 1);
  });

  test('a long article (~200k characters) is annotated in pieces with offsets into the whole text', async () => {
    const paragraphs: string[] = [];
    for (const input of corpus(5, 400)) {
      paragraphs.push(input.text);
      if (paragraphs.join('\n\n').length > 200_000) break;
    }
    const long = toArticle({ title: 'A very long dispatch', text: paragraphs.join('\n\n') });
    const pieces = splitForAnnotation(annotationText(long));
    assert.ok(pieces.length >= 10 && pieces.every((piece) => piece.text.length <= CHUNK_CHARS));
    const annotator = new Annotator({ urls: [serverUrl()], cacheDir: null });
    const annotated = await annotator.annotate(long);
    assert.equal(annotator.pool.requests, pieces.length, 'one request per piece, none over the server limit');
    assertOffsets(annotated.body);
    const last = annotated.body.sentences.at(-1);
    assert.ok(last !== undefined && last.end > long.text.length - 200, 'the last piece is there too');

    // A paragraph annotated alone gives the same tokens, shifted by where it sits in the whole text.
    const [middle] = pieces.slice(Math.floor(pieces.length / 2));
    assert.ok(middle !== undefined);
    const bodyStart = long.title.length + 2;
    const paragraph = middle.text.split('\n\n')[1] ?? '';
    const at = middle.start + middle.text.indexOf(paragraph) - bodyStart;
    const alone = await new CoreNlpClient(serverUrl()).annotate(paragraph);
    const inWhole = annotated.body.sentences.filter((s) => s.start >= at && s.end <= at + paragraph.length);
    assert.deepEqual(
      inWhole.flatMap((s) => s.tokens.map((t) => [t.word, t.start - at, t.ner])),
      alone.flatMap((s) => s.tokens.map((t) => [t.word, t.start, t.ner])),
    );
  });

  test('a text over its time limit is an AnnotationTimeoutError, not a retry', async () => {
    const client = new CoreNlpClient(serverUrl(), { timeoutMs: 1, retries: 3 });
    await assert.rejects(client.annotate(article.text.repeat(20)), AnnotationTimeoutError);
    assert.equal(client.requests, 1);
  });

  test('a server that is not there is an AnnotationUnavailableError after the retries', async () => {
    const client = new CoreNlpClient(`http://127.0.0.1:${await freePort()}`, { retries: 2, backoffMs: 10 });
    await assert.rejects(client.annotate('Hello.'), AnnotationUnavailableError);
    assert.equal(client.requests, 3);
  });

  describe('a pool of two URLs (the one server behind two TCP forwarders)', () => {
    let a: TcpForwarder;
    let b: TcpForwarder;
    before(async () => {
      a = await forwardTo(portOf(serverUrl()));
      b = await forwardTo(portOf(serverUrl()));
    });
    after(async () => {
      await a.close();
      await b.close();
    });

    const articles = (seed: number): ReturnType<typeof toArticle>[] => corpus(seed, 8).map(toArticle);

    test('spreads requests over both, goes on when one is down, and uses it again when it is back', async () => {
      const annotator = new Annotator({ urls: [a.url, b.url], cacheDir: null, recheckMs: 200, backoffMs: 20 });
      const both = await annotator.annotateAll(articles(21), { concurrency: 4 });
      assert.ok(both.every((outcome) => 'annotated' in outcome));
      const spread = annotator.pool.requestsByUrl();
      assert.ok((spread.get(a.url) ?? 0) >= 2 && (spread.get(b.url) ?? 0) >= 2, JSON.stringify([...spread]));

      await b.close();
      const sentToB = annotator.pool.requestsByUrl().get(b.url) ?? 0;
      const one = await annotator.annotateAll(articles(22), { concurrency: 4 });
      assert.ok(
        one.every((outcome) => 'annotated' in outcome),
        'every article annotated with one server down',
      );
      assert.ok((annotator.pool.requestsByUrl().get(b.url) ?? 0) - sentToB <= 4, 'the down server is skipped');

      b = await forwardTo(portOf(serverUrl()), portOf(b.url));
      await new Promise((resolve) => setTimeout(resolve, 250));
      const backAt = annotator.pool.requestsByUrl().get(b.url) ?? 0;
      await annotator.annotateAll(articles(23), { concurrency: 4 });
      assert.ok((annotator.pool.requestsByUrl().get(b.url) ?? 0) > backAt, 'the server that came back gets requests');

      await a.close();
      await b.close();
      await assert.rejects(
        annotator.annotate(toArticle({ title: 'T', text: 'Nothing answers.' })),
        AnnotationUnavailableError,
      );
      a = await forwardTo(portOf(serverUrl()));
      b = await forwardTo(portOf(serverUrl()));
    });
  });
});

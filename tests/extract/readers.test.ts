import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleId,
  contentHash,
  detectAndRead,
  detectLayout,
  readNdjson,
  readPlainArticle,
  readSeedText,
} from '../../src/extract/index';

const SEED = `Leaders meet in Astana
Leaders meet in Astana

Release time:May 16, 2024 19:37 PM

Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana.

Both sides praised the talks.

Another headline here
Another headline here

The second article has no release line.
`;

void test('readSeedText splits articles, collapses the doubled headline and reads the release time', () => {
  const r = readSeedText(SEED, 'seed.txt');
  assert.equal(r.errors.length, 0);
  assert.equal(r.articles.length, 2);
  const [a, b] = r.articles;
  assert.equal(a?.title, 'Leaders meet in Astana');
  assert.equal(a.published, '2024-05-16');
  assert.match(a.text, /^Kazakh President/);
  assert.match(a.text, /Both sides praised the talks\.$/);
  assert.equal(b?.title, 'Another headline here');
  assert.equal(b.published, undefined);
  assert.match(a.id, /^a-[0-9a-f]{16}$/);
});

void test('readNdjson maps id to sourceId and reports bad lines without stopping the batch', () => {
  const big = 'x'.repeat(1_000_001);
  const lines = [
    JSON.stringify({
      id: 'd-1',
      title: 'T1',
      text: 'Body one.',
      published: '2023-03-21',
      source: 'AP',
      url: 'https://x',
    }),
    '{not json',
    JSON.stringify({ text: 'no title' }),
    JSON.stringify({ title: 'no text' }),
    JSON.stringify({ title: 'empty', text: '   ' }),
    JSON.stringify({ title: 'big', text: big }),
    JSON.stringify({ title: 'bad utf8', text: 'broken \uFFFD text' }),
    JSON.stringify({ title: 'nul', text: 'a\u0000b' }),
    JSON.stringify({ title: 'html', text: '<div>hello</div>' }),
    JSON.stringify({ title: 'T2', text: 'Body two.' }),
  ].join('\n');
  const r = readNdjson(lines, 'a.ndjson');
  assert.deepEqual(
    r.articles.map((a) => a.title),
    ['T1', 'T2'],
  );
  assert.equal(r.articles[0]?.sourceId, 'd-1');
  assert.equal(r.articles[0].published, '2023-03-21');
  assert.deepEqual(
    r.errors.map((e) => e.line),
    [2, 3, 4, 5, 6, 7, 8, 9],
  );
  for (const e of r.errors) {
    assert.equal(e.file, 'a.ndjson');
    assert.ok(e.reason.length > 5);
  }
  assert.match(r.errors[0]?.reason ?? '', /JSON/);
  assert.match(r.errors[4]?.reason ?? '', /1 MB/);
  assert.match(r.errors[5]?.reason ?? '', /UTF-8/);
  assert.match(r.errors[6]?.reason ?? '', /NUL|binary/);
  assert.match(r.errors[7]?.reason ?? '', /HTML/);
});

void test('readPlainArticle: first line title, rest text', () => {
  const r = readPlainArticle('\nMy title\n\nFirst paragraph.\n\nSecond.\n', 'p.txt');
  assert.equal(r.articles[0]?.title, 'My title');
  assert.equal(r.articles[0].text, 'First paragraph.\n\nSecond.');
  assert.equal(readPlainArticle('   \n', 'e.txt').errors.length, 1);
  assert.equal(readPlainArticle('Only a title\n', 'e.txt').errors[0]?.line, 2 - 1);
});

void test('detectAndRead picks the layout and refuses binary input', () => {
  assert.equal(detectLayout('{"title":"a","text":"b"}\n'), 'ndjson');
  assert.equal(detectLayout(SEED), 'seed');
  assert.equal(detectLayout('Title\n\nBody text.'), 'plain');
  assert.equal(detectAndRead(SEED, 's').articles.length, 2);
  const bin = detectAndRead('abc\u0000def', 'b.bin');
  assert.equal(bin.articles.length, 0);
  assert.match(bin.errors[0]?.reason ?? '', /binary/);
});

void test('articleId and contentHash are stable under whitespace changes', () => {
  const a = { title: 'T', text: 'Hello  world.\n' };
  const b = { title: 'T ', text: 'Hello world.' };
  assert.equal(articleId(a), articleId(b));
  assert.equal(contentHash(a), contentHash(b));
  assert.notEqual(articleId(a), articleId({ title: 'T', text: 'Other.' }));
});

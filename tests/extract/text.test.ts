import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, normalizeDate, splitSentences } from '../../src/extract/index';

void test('sentence splitting keeps abbreviations and initials together', () => {
  const text =
    'Mr. Smith met H.E. Mr. Ali in the U.S. capital. President E D. Mnangagwa spoke. The No. 1 priority was trade! Did it work? Yes.';
  const s = splitSentences(text);
  assert.deepEqual(
    s.map((x) => x.text),
    [
      'Mr. Smith met H.E. Mr. Ali in the U.S. capital.',
      'President E D. Mnangagwa spoke.',
      'The No. 1 priority was trade!',
      'Did it work?',
      'Yes.',
    ],
  );
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

void test('sentence splitting breaks at blank lines and after final punctuation at line ends', () => {
  const s = splitSentences('First line.\nSecond line\n\nThird paragraph');
  assert.deepEqual(
    s.map((x) => x.text),
    ['First line.', 'Second line', 'Third paragraph'],
  );
});

void test('dates resolve against the published date', () => {
  assert.equal(normalizeDate('On the morning of May 16, the leaders met.', '2024-05-16'), '2024-05-16');
  assert.equal(normalizeDate('He spoke on Monday.', '2022-02-20'), '2022-02-21');
  assert.equal(normalizeDate('They met on Tuesday.', '2023-03-21'), '2023-03-21');
  assert.equal(normalizeDate('The summit held last September.', '2019-06-25'), '2018-09');
  assert.equal(normalizeDate('In March last year, he visited.', '2024-05-16'), '2023-03');
  assert.equal(normalizeDate('He visited India in March.', '2023-05-20'), '2023-03');
  assert.equal(normalizeDate('It opened last month.', '2023-01-10'), '2022-12');
  assert.equal(normalizeDate('Signed in June 2001 in Shanghai.'), '2001-06');
  assert.equal(normalizeDate('Held on December 5, 2023.'), '2023-12-05');
  assert.equal(normalizeDate('Culture years this year and next.', '2024-05-16'), '2024/2025');
});

void test('dates without a published date stay partial', () => {
  assert.equal(normalizeDate('On June 14th, a letter was sent.'), '--06-14');
  assert.equal(normalizeDate('ASTANA, June 9. The summit began.'), '--06-09');
  assert.equal(normalizeDate('They met on Tuesday.'), undefined);
  assert.equal(findDates('Nothing to see here.').length, 0);
});

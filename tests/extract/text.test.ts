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
  assert.equal(normalizeDate('The talks opened in April.'), '--04');
  assert.equal(normalizeDate('The envoy arrived on 19 January.'), '--01-19');
  assert.equal(normalizeDate('The minister flew home last year.'), undefined);
  assert.equal(findDates('Nothing to see here.').length, 0);
});

// Made-up sentences, all read against Monday 2024-02-26 unless said otherwise.
const MONDAY = '2024-02-26';

void test('full dates, months, years and intervals as news writes them', () => {
  assert.equal(normalizeDate('The accord was signed on 3 April 2019 in Lima.', MONDAY), '2019-04-03');
  assert.equal(normalizeDate('The accord was signed on Wednesday (3 April 2019).', MONDAY), '2019-04-03');
  assert.equal(normalizeDate('The forum met on 2021-11-08.', MONDAY), '2021-11-08');
  assert.equal(normalizeDate('The pact dates from October 1998.', MONDAY), '1998-10');
  assert.equal(normalizeDate('The council was founded in 1975.', MONDAY), '1975');
  assert.equal(normalizeDate('In July last year the ministers met in Oslo.', MONDAY), '2023-07');
  assert.equal(normalizeDate('Trade fairs are planned for this year and next.', MONDAY), '2024/2025');
  assert.equal(normalizeDate('The games open next year.', MONDAY), '2025');
  assert.equal(normalizeDate('The ports reopened three years ago.', MONDAY), '2021');
});

void test('weekdays are the closest such day to the published date, the past preferred', () => {
  assert.equal(normalizeDate('On Saturday, the ministers met in Quito.', MONDAY), '2024-02-24');
  assert.equal(normalizeDate('The envoy leaves on Wednesday.', MONDAY), '2024-02-28');
  assert.equal(normalizeDate('Thursday morning talks ended early.', MONDAY), '2024-02-29');
  assert.equal(normalizeDate('The vote was held last Monday.', MONDAY), '2024-02-19');
  assert.equal(normalizeDate('The vote will be held next Monday.', MONDAY), '2024-03-04');
  // Regression: a Sunday named in an article of Monday 30 November 2020 is the day before, not a week later.
  assert.equal(normalizeDate('She spoke on Sunday in Tadjoura.', '2020-11-30'), '2020-11-29');
});

void test('today, yesterday and counted days are days; a week or a month gives the month', () => {
  assert.equal(normalizeDate('The minister said today that talks resume.', MONDAY), MONDAY);
  assert.equal(normalizeDate('He arrived yesterday.', MONDAY), '2024-02-25');
  assert.equal(normalizeDate('He arrived last night.', MONDAY), '2024-02-25');
  assert.equal(normalizeDate('She signed it this morning.', MONDAY), MONDAY);
  assert.equal(normalizeDate('The panel was elected two weeks ago.', MONDAY), '2024-02-12');
  assert.equal(normalizeDate('Last week, the premier visited Chile.', '2024-03-05'), '2024-02');
  assert.equal(normalizeDate('It opened last month.', MONDAY), '2024-01');
  assert.equal(normalizeDate('Prices will be reviewed next month.', MONDAY), '2024-03');
});

void test('a date without a year takes the latest such date not after publication, unless it is to come', () => {
  assert.equal(normalizeDate('The president took office on Dec. 10.', MONDAY), '2023-12-10');
  assert.equal(normalizeDate('The bridge opened on 19 January.', MONDAY), '2024-01-19');
  assert.equal(normalizeDate('He visited Peru in November.', MONDAY), '2023-11');
  assert.equal(normalizeDate('The summit will be held on 12 March.', MONDAY), '2024-03-12');
  assert.equal(normalizeDate('The treaty, signed in November, will enter into force.', MONDAY), '2023-11');
  assert.equal(normalizeDate('The treaty will be ratified in January.', '2024-12-20'), '2025-01');
  assert.equal(normalizeDate('Talks are set for 2 to 4 April.', MONDAY), '2024-04-02');
  assert.equal(normalizeDate('The plant closed at the end of March.', MONDAY), '2023-03');
  // A day or two after publication is still this year's: sites often date a report a day early.
  assert.equal(normalizeDate('On 27 February the ministers met.', MONDAY), '2024-02-27');
});

void test('chrono readings that are no date of the story are left out', () => {
  for (const s of [
    'Russia now has more ports.',
    'The work ends in 10 days.',
    'Talks ended at 13:00 in the afternoon.',
    'The deal may 12 times fail.',
    'They plan goals for 2030 and beyond.',
    'He served from 2000-2001 as envoy.',
    'June Lee, the envoy, spoke.',
    'Theresa May met the envoy.',
  ])
    assert.deepEqual(findDates(s, MONDAY), [], s);
  assert.equal(normalizeDate('In the morning of May 16, the leaders met.', '2024-05-20'), '2024-05-16');
});

void test('a weekday next to a date is one mention that states its weekday, and places other weekdays', () => {
  const [d] = findDates('The summit will be held Friday (4 April) in Dhaka.');
  assert.equal(d?.value, '--04-04');
  assert.equal(d.weekday, 5);
  assert.equal(d.hasDay, true);
  const anchor = { weekAnchor: { date: '--04-04', weekday: 5 } };
  assert.equal(normalizeDate('The ministers met on Thursday morning.', anchor), '--04-03');
  assert.equal(normalizeDate('On Sunday, the leaders left.', anchor), '--04-06');
  // Without the article's own day, "today" cannot be placed.
  assert.equal(normalizeDate('The ministry said today that it agreed.', anchor), undefined);
  assert.equal(normalizeDate('The ministry said today that it agreed.', { today: '--06-09' }), '--06-09');
});

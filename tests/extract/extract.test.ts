import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle, toArticle } from '../../src/extract/index';
import { annotateForTest } from '../support/nlp';
import type { ExtractionResult } from '../../src/extract/types';

async function run(text: string, title = 'Test article', published?: string): Promise<ExtractionResult> {
  const article = toArticle(published ? { title, text, published } : { title, text });
  return extractArticle(article, await annotateForTest(article));
}
function entity(r: ExtractionResult, name: string): { type: string; name: string; aliases: string[] } | undefined {
  return r.entities.find((e) => e.name === name || e.aliases.includes(name));
}
/** By name or alias: an event keeps the article's words as aliases under the name it gets from its participants. */
function hasRel(r: ExtractionResult, type: string, from: string, to: string): boolean {
  const n = new Map(r.entities.map((e) => [e.key, [e.name, ...e.aliases]]));
  return r.relations.some(
    (x) => x.type === type && (n.get(x.from) ?? []).includes(from) && (n.get(x.to) ?? []).includes(to),
  );
}

void test('non-Anglo names, titles and demonyms', async () => {
  const r = await run(
    'Indian Prime Minister Narendra Modi held talks with Chinese Premier Li Qiang in New Delhi on Monday. Modi said the talks were useful.',
    'Modi meets Li',
    '2023-09-11',
  );
  assert.equal(entity(r, 'Narendra Modi')?.type, 'Person');
  assert.ok(entity(r, 'Narendra Modi')?.aliases.includes('Modi'));
  assert.equal(entity(r, 'Li Qiang')?.type, 'Person');
  assert.equal(entity(r, 'India')?.type, 'Country');
  assert.equal(entity(r, 'China')?.type, 'Country');
  assert.ok(hasRel(r, 'LEADER_OF', 'Narendra Modi', 'India'));
  assert.ok(hasRel(r, 'LEADER_OF', 'Li Qiang', 'China'));
  assert.ok(hasRel(r, 'MET', 'Narendra Modi', 'Li Qiang'));
  const talks = r.entities.find((e) => e.type === 'Event' && e.properties.eventType === 'Talks');
  assert.equal(talks?.properties.date, '2023-09-11');
});

void test('Arabic names with honorifics, appositive titles', async () => {
  const r = await run(
    'His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, received Cyril Ramaphosa, President of South Africa, in Doha.',
  );
  assert.equal(entity(r, 'Tamim bin Hamad Al Thani')?.type, 'Person');
  assert.ok(hasRel(r, 'LEADER_OF', 'Tamim bin Hamad Al Thani', 'Qatar'));
  assert.ok(hasRel(r, 'LEADER_OF', 'Cyril Ramaphosa', 'South Africa'));
});

void test('names in capitals, family name first, and reporters', async () => {
  const r = await run(
    'By ANNA PETROVA\nReuters\nMOSCOW (Reuters) — Mr. SUGA Yoshihide, Prime Minister of Japan, spoke.',
  );
  assert.equal(entity(r, 'Anna Petrova')?.type, 'Person');
  assert.ok(hasRel(r, 'AFFILIATED_WITH', 'Anna Petrova', 'Reuters'));
  assert.ok(hasRel(r, 'LEADER_OF', 'Suga Yoshihide', 'Japan'));
  assert.equal(entity(r, 'Moscow')?.type, 'Place');
});

void test('name lists attend the events above', async () => {
  const r = await run(
    'President Lula held a welcome banquet for Emmanuel Macron in the Itamaraty Palace. Fernando Haddad, Mauro Vieira, Celso Amorim and others attended the banquet.',
    'Banquet',
    '2024-03-28',
  );
  for (const n of ['Fernando Haddad', 'Mauro Vieira', 'Celso Amorim']) assert.equal(entity(r, n)?.type, 'Person', n);
  assert.ok(hasRel(r, 'PARTICIPATED_IN', 'Lula', 'welcome banquet'));
  assert.ok(hasRel(r, 'PARTICIPATED_IN', 'Emmanuel Macron', 'welcome banquet'));
  assert.ok(hasRel(r, 'HELD_AT', 'welcome banquet', 'Itamaraty Palace'));
});

void test('organizations with acronyms, membership and observers', async () => {
  const r = await run(
    'Brazil and India are both members of the G20 and BRICS. Iran is an observer of the SCO. The Shanghai Cooperation Organization (SCO) met.',
  );
  const sco = entity(r, 'Shanghai Cooperation Organization');
  assert.equal(sco?.type, 'Organization');
  assert.ok(sco.aliases.includes('SCO'));
  assert.ok(hasRel(r, 'MEMBER_OF', 'Brazil', 'G20'));
  assert.ok(hasRel(r, 'MEMBER_OF', 'India', 'G20'));
  assert.ok(!hasRel(r, 'MEMBER_OF', 'Iran', 'Shanghai Cooperation Organization'));
});

void test('visits, signing, partnership, letters and places', async () => {
  const r = await run(
    'German Chancellor Olaf Scholz paid a state visit to Vietnam. The two leaders signed the Hanoi Declaration on Green Growth. ' +
      'They agreed to deepen the Germany-Vietnam strategic partnership. ' +
      'Pham Minh Chinh sent a congratulatory letter to the Global Green Growth Forum. The talks took place at the Presidential Palace in Hanoi.',
    'Visit',
    '2024-01-15',
  );
  assert.ok(hasRel(r, 'VISITED', 'Olaf Scholz', 'Vietnam'));
  assert.ok(hasRel(r, 'LEADER_OF', 'Olaf Scholz', 'Germany'));
  assert.ok(hasRel(r, 'PARTNER_OF', 'Germany', 'Vietnam') || hasRel(r, 'PARTNER_OF', 'Vietnam', 'Germany'));
  assert.equal(entity(r, 'Hanoi Declaration on Green Growth')?.type, 'Agreement');
  assert.ok(hasRel(r, 'ADDRESSED', 'Pham Minh Chinh', 'Global Green Growth Forum'));
  assert.ok(hasRel(r, 'LOCATED_IN', 'Presidential Palace', 'Hanoi'));
  // A multi-day visit the text does not date is dated by the article's month, not its day.
  const visit = r.entities.find((e) => e.properties.eventType === 'StateVisit');
  assert.equal(visit?.properties.date, '2024-01');
});

void test('demonyms of culture are not countries; alternate country names fold to one', async () => {
  const r = await run(
    'Chinese culture is old. The People’s Republic of China and the Republic of Korea (ROK) talked; the UK watched.',
  );
  const cn = r.entities.filter((e) => e.name === 'China');
  assert.equal(cn.length, 1);
  assert.ok(!cn[0]?.aliases.includes('Chinese'));
  assert.equal(entity(r, 'ROK')?.name, 'South Korea');
  assert.equal(entity(r, 'UK')?.name, 'United Kingdom');
  assert.equal(r.entities.find((e) => e.name === 'United Kingdom')?.properties.isoCode, 'GB');
});

void test('regression: a person quoted in the headline ("Name: quote") is an entity even if the text never names them', async () => {
  const article = toArticle({
    title: 'Exclusive: Amina Diallo: the partnership between Senegal and Ghana will deepen further this year',
    text: 'Senegal and Ghana signed several documents on trade. The two countries agreed to meet again next year.',
    published: '2024-03-02',
  });
  const result = extractArticle(article, await annotateForTest(article));
  const person = result.entities.find((entity) => entity.type === 'Person');
  assert.equal(person?.name, 'Amina Diallo');
});

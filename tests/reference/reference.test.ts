import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  COUNTRIES,
  countryByIso,
  countryIsoByName,
  fold,
  isReferenceOrgId,
  orgByAcronym,
  orgByName,
} from '../../src/reference/index';

void test('fold: case, diacritics, apostrophes, punctuation and whitespace', () => {
  assert.equal(fold('  Côte  d’Ivoire '), 'cote divoire');
  assert.equal(fold("Cote d'Ivoire"), fold('CÔTE D’IVOIRE'));
  assert.equal(fold('Secretary-General'), 'secretary general');
  assert.equal(fold('Trade & Industry, Ministry of'), 'trade and industry ministry of');
  assert.equal(fold('—'), '');
});

void test('one country table: the name extraction gives is the name linking shows', () => {
  for (const c of COUNTRIES) assert.equal(countryByIso(c.iso)?.name, c.name, c.iso);
  assert.equal(countryByIso('ci')?.name, "Cote d'Ivoire");
  assert.match(countryByIso('CN')?.wikidata ?? '', /^Q\d+$/);
});

void test('country names: hand-kept names and demonyms, package names, ambiguous ones refused', () => {
  assert.equal(countryIsoByName('Türkiye'), 'TR');
  assert.equal(countryIsoByName('Turkiye'), 'TR');
  assert.equal(countryIsoByName('French'), 'FR');
  assert.equal(countryIsoByName('New Zealander'), 'NZ');
  assert.equal(countryIsoByName('Hellenic Republic'), 'GR');
  assert.equal(countryIsoByName('Congolese'), undefined);
  assert.equal(countryIsoByName('Korea'), undefined);
});

void test('one organization table: names, acronyms and ids', () => {
  assert.equal(orgByName('Southern Common Market')?.id, 'org:mercosur');
  assert.equal(orgByName('Mercosur')?.name, 'MERCOSUR');
  assert.equal(orgByAcronym('U.N.')?.name, 'United Nations');
  assert.equal(orgByAcronym('SAARC')?.intergovernmental, true);
  assert.equal(orgByName('Intergovernmental Authority on Development')?.acronym, 'IGAD');
  assert.equal(orgByName('North Atlantic Treaty Organisation')?.acronym, 'NATO');
  assert.equal(orgByName('OECD')?.intergovernmental, true);
  assert.equal(orgByName('Kyodo')?.name, 'Kyodo News');
  assert.ok(isReferenceOrgId('org:sco'));
  assert.ok(!isReferenceOrgId('org:unknown-body'));
});

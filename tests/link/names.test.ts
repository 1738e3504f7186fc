import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanSurface, parsePersonName, personNamesCompatible } from '../../src/link';
import { countryByIso, countryIsoByName, fold, orgByAcronym, orgByName } from '../../src/reference/index';

const display = (s: string): string | undefined => parsePersonName(s)?.display;

void describe('person names', () => {
  void test('titles and honorifics are stripped', () => {
    assert.equal(display('President Xi Jinping'), 'Xi Jinping');
    assert.equal(display('General Secretary Xi Jinping'), 'Xi Jinping');
    assert.equal(display('Premier Li Qiang'), 'Li Qiang');
    assert.equal(display('H.E. Mr. Narendra Modi'), 'Narendra Modi');
    assert.equal(display('Mrs. Kim Jung-sook'), 'Kim Jung-sook');
    assert.equal(display('Dr. Tedros Adhanom Ghebreyesus'), 'Tedros Adhanom Ghebreyesus');
    assert.equal(display('His Majesty King Hamad bin Isa Al Khalifa'), 'Hamad bin Isa Al Khalifa');
    assert.equal(display('His Highness Sheikh Mohamed bin Zayed Al Nahyan'), 'Mohamed bin Zayed Al Nahyan');
    assert.equal(display('His Majesty Sultan Haitham bin Tariq Al Said'), 'Haitham bin Tariq Al Said');
    assert.equal(display('Amir Tamim bin Hamad Al Thani'), 'Tamim bin Hamad Al Thani');
    assert.equal(display('Crown Prince Mohammed bin Salman'), 'Mohammed bin Salman');
    assert.equal(display('Prime Minister Kishida'), 'Kishida');
  });

  void test("the holder's country and office go too, not a first name that is a country", () => {
    assert.equal(display('Russian President Vladimir Putin'), 'Vladimir Putin');
    assert.equal(display('India’s Prime Minister Narendra Modi'), 'Narendra Modi');
    assert.equal(display('South African President Cyril Ramaphosa'), 'Cyril Ramaphosa');
    assert.equal(
      display('Saudi ambassador to the UK Prince Khalid bin Bandar bin Sultan'),
      'Khalid bin Bandar bin Sultan',
    );
    assert.equal(display('UK Foreign Secretary Elizabeth Truss'), 'Elizabeth Truss');
    assert.equal(display('Secretary of State Antony J. Blinken'), 'Antony J. Blinken');
    assert.equal(display('BRICS Sherpa Anil Suklal'), 'Anil Suklal');
    assert.equal(display('first lady Kim'), 'Kim');
    assert.equal(display('Georgia Meloni'), 'Georgia Meloni');
  });

  void test('possessives and quotes', () => {
    assert.equal(cleanSurface("Putin's"), 'Putin');
    assert.equal(cleanSurface('“Xi Jinping”'), 'Xi Jinping');
    assert.equal(display("President Putin's"), 'Putin');
  });

  void test('generic phrases and bare titles are not names', () => {
    assert.equal(parsePersonName('the two heads of state'), undefined);
    assert.equal(parsePersonName('President'), undefined);
    assert.equal(parsePersonName('His Excellency'), undefined);
  });

  void test('family name first in capitals is reordered; shouting bylines are title-cased', () => {
    assert.equal(display('Mr. KISHIDA Fumio'), 'Fumio Kishida');
    assert.deepEqual(parsePersonName('KISHIDA Fumio')?.tokens, parsePersonName('Fumio Kishida')?.tokens);
    assert.equal(display('VLADIMIR ISACHENKOV'), 'Vladimir Isachenkov');
  });

  void test('case, diacritics and punctuation fold', () => {
    assert.equal(fold('António  Costa'), 'antonio costa');
    assert.equal(fold("People's Republic"), 'peoples republic');
    assert.equal(fold('Washington, D.C.'), 'washington d c');
    assert.deepEqual(parsePersonName('Santiago Peña')?.tokens, parsePersonName('SANTIAGO PENA')?.tokens);
  });

  void test('shorter writings of one name are compatible, different people are not', () => {
    const t = (s: string): string[] => parsePersonName(s)?.tokens ?? [];
    assert.ok(personNamesCompatible(t('E D. Mnangagwa'), t('Emmerson Dambudzo Mnangagwa')));
    assert.ok(personNamesCompatible(t('Mohammed bin Salman'), t('Mohammed bin Salman bin Abdulaziz Al Saud')));
    assert.ok(!personNamesCompatible(t('Boris Johnson'), t('Lyndon Johnson')));
  });
});

void describe('countries and organizations', () => {
  void test('names, alternate names and demonyms resolve to ISO codes', () => {
    assert.equal(countryIsoByName('Russian Federation'), 'RU');
    assert.equal(countryIsoByName('Russian'), 'RU');
    assert.equal(countryIsoByName('ROK'), 'KR');
    assert.equal(countryIsoByName('Republic of Korea'), 'KR');
    assert.equal(countryIsoByName('South Korea'), 'KR');
    assert.equal(countryIsoByName('UK'), 'GB');
    assert.equal(countryIsoByName('Britain'), 'GB');
    assert.equal(countryIsoByName('British'), 'GB');
    assert.equal(countryIsoByName('U.S.'), 'US');
    assert.equal(countryIsoByName("People's Republic of China"), 'CN');
    assert.equal(countryIsoByName('Chinese'), 'CN');
    assert.equal(countryIsoByName('Kingdom of Bahrain'), 'BH');
    assert.equal(countryIsoByName('Sultanate of Oman'), 'OM');
    assert.equal(countryIsoByName('State of Palestine'), 'PS');
    assert.equal(countryIsoByName('Côte d’Ivoire'), 'CI');
  });

  void test('ambiguous forms resolve to nothing', () => {
    assert.equal(countryIsoByName('Korea'), undefined);
    assert.equal(countryIsoByName('Congolese'), undefined);
    assert.equal(countryIsoByName('in'), undefined);
  });

  void test('Wikidata QIDs come from offline data', () => {
    assert.equal(countryByIso('CN')?.wikidata, 'Q148');
    assert.equal(countryByIso('ru')?.wikidata, 'Q159');
    assert.equal(orgByName('United Nations')?.wikidata, 'Q1065');
    assert.equal(orgByAcronym('EU')?.wikidata, 'Q458');
  });

  void test('organizations by acronym or full name', () => {
    assert.equal(orgByName('UN')?.id, 'org:un');
    assert.equal(orgByName('the United Nations')?.id, 'org:un');
    assert.equal(orgByName('SCO')?.id, 'org:sco');
    assert.equal(orgByName('Shanghai Cooperation Organisation')?.id, 'org:sco');
    assert.equal(orgByName('UN Security Council')?.id, 'org:unsc');
    assert.equal(orgByName("14th National People's Congress")?.id, 'org:npc');
    assert.equal(orgByName('Associated Press of Pakistan')?.id, 'org:app');
    assert.equal(orgByName('Ministry of Foreign Affairs'), undefined);
  });
});

import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSeededServer, type TestServer } from '../support/server';

let api: TestServer;

interface WikipediaEntity {
  id: string;
  name: string;
  wikipedia: string | null;
  wikipediaUrl: string | null;
}

describe('Wikipedia titles in the API (seed articles)', () => {
  before(async () => {
    api = await startSeededServer();
  });
  after(async () => {
    await api.close();
  });

  test('entityByWikipedia finds a node by its title, with spaces or underscores; null for an unlinked title', async () => {
    for (const title of ['Vladimir Putin', 'Vladimir_Putin']) {
      const { body } = await api.query<{ entityByWikipedia: WikipediaEntity | null }>(
        'query($t: String!) { entityByWikipedia(title: $t) { id name wikipedia wikipediaUrl } }',
        { t: title },
      );
      assert.deepEqual(body.data?.entityByWikipedia, {
        id: 'person:vladimir-putin',
        name: 'Vladimir Putin',
        wikipedia: 'Vladimir Putin',
        wikipediaUrl: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
      });
    }
    const { body } = await api.query<{ entityByWikipedia: WikipediaEntity | null }>(
      '{ entityByWikipedia(title: "No Such Article 12345") { id } }',
    );
    assert.equal(body.data?.entityByWikipedia, null);
  });

  test('countries carry the title of the ISO table', async () => {
    const { body } = await api.query<{ entity: WikipediaEntity | null }>(
      '{ entity(id: "country:CN") { id name wikipedia wikipediaUrl } }',
    );
    assert.equal(body.data?.entity?.wikipedia, 'China');
  });

  test('search finds a linked entity by any anchor of its article ("VVP")', async () => {
    const { body } = await api.query<{ search: { entity: { id: string } }[] }>(
      '{ search(text: "VVP", first: 3) { entity { id } } }',
    );
    assert.equal(body.data?.search[0]?.entity.id, 'person:vladimir-putin');
  });
});

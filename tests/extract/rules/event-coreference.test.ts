import assert from 'node:assert/strict';
import { test } from 'node:test';
import { events, run } from './helpers';

void test('an event named later only by its kind joins the one fuller name of that kind', async () => {
  const r = await run(
    'Chilean President Gabriel Boric paid a surprise visit to Lima on Tuesday. During the visit, Boric toured the port of Callao.',
    'Boric in Lima',
    '2025-03-14',
  );
  const visits = events(r).filter((e) => e.type === 'StateVisit');
  assert.equal(visits.length, 1, JSON.stringify(events(r)));
});

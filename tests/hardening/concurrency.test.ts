/**
 * Four `kg ingest` processes over overlapping article files at once must give
 * the graph a sequential ingest of the union gives: no duplicate node for one
 * real entity, no lost or doubled relationship or evidence. Transient errors
 * (deadlocks) are the driver's to retry; a process that gives up fails this.
 * Events are compared by how many each article reports, not node by node:
 * their cross-article identity depends on arrival order (see splitEventLayer).
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { corpus } from '../../bench/corpus';
import type { ArticleInput } from '../../src/extract/types';
import { countArticles } from '../../src/graph/article.repository';
import type { GraphConnection } from '../../src/graph/connection';
import { canonicalDump, clearGraph } from '../../src/graph/maintenance.repository';
import { openEmptyTestGraph } from '../support/graph';
import {
  missingFrom,
  orderFreeView,
  overCapRelationships,
  parseDump,
  runCli,
  splitEventLayer,
  tempDir,
  writeNdjson,
} from '../support/hardening';

const ARTICLES = 100;
const WINDOW = 50;
const STRIDE = 17;

let graph: GraphConnection | undefined;
let work: string | undefined;

function db(): GraphConnection {
  assert.ok(graph !== undefined, 'no graph');
  return graph;
}
let union: ArticleInput[];
let files: string[];

function env(): NodeJS.ProcessEnv {
  return { NEO4J_URI: process.env['NEO4J_URI'], LOG_LEVEL: 'warn' };
}

function assertSameGraph(actualDump: string, expectedDump: string, what: string): void {
  const actual = splitEventLayer(actualDump);
  const expected = splitEventLayer(expectedDump);
  assert.deepEqual(
    actual.eventsPerArticle,
    expected.eventsPerArticle,
    `${what}: an article's events were lost or merged`,
  );
  const a = orderFreeView(actual.rest);
  const e = orderFreeView(expected.rest);
  const extraNodes = missingFrom(a.nodes, e.nodes);
  const lostNodes = missingFrom(e.nodes, a.nodes);
  const extraRelationships = missingFrom(a.relationships, e.relationships);
  const lostRelationships = missingFrom(e.relationships, a.relationships);
  const show = (items: string[]): string =>
    `${items.length}` +
    items
      .slice(0, 4)
      .map((item) => `\n      ${item.slice(0, 500)}`)
      .join('');
  const problems = [
    extraNodes.length > 0 ? `nodes only here: ${show(extraNodes)}` : '',
    lostNodes.length > 0 ? `nodes missing: ${show(lostNodes)}` : '',
    extraRelationships.length > 0 ? `relationships only here: ${show(extraRelationships)}` : '',
    lostRelationships.length > 0 ? `relationships missing: ${show(lostRelationships)}` : '',
  ].filter((line) => line !== '');
  assert.ok(
    problems.length === 0,
    `${what}: the graph differs from a sequential ingest of the union:\n  ${problems.join('\n  ')}`,
  );
}

/** Keys of nodes that carry the same label and key more than once (the constraints should forbid it). */
function duplicateKeys(dump: string): string[] {
  const seen = new Map<string, number>();
  for (const node of parseDump(dump).nodes) {
    const key = `${[...node.labels].sort().join(':')} ${String(node.properties['id'] ?? node.properties['key'] ?? node.properties['from'])}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

let sequentialDump: string;
const dumps = new Map<string, string>();

describe('concurrent ingest', { timeout: 600_000 }, () => {
  before(async () => {
    graph = await openEmptyTestGraph();
    const dir = tempDir('concurrency');
    work = dir;
    union = corpus(4242, ARTICLES);
    // Four overlapping windows that together cover the union; every article is in one to three files.
    files = [0, 1, 2, 3].map((i) => {
      const start = i === 3 ? ARTICLES - WINDOW : i * STRIDE;
      return writeNdjson(dir, `part-${i}.ndjson`, union.slice(start, start + WINDOW));
    });
    const all = writeNdjson(dir, 'union.ndjson', union);
    const sequential = await runCli(['ingest', all], env());
    assert.equal(sequential.code, 0, sequential.stderr);
    sequentialDump = await canonicalDump(db().executor);
    dumps.set('sequential union', sequentialDump);
    assert.equal(await countArticles(db().executor), ARTICLES);
  });
  after(async () => {
    await graph?.close();
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  test('control: the four files ingested one after another give the union graph (linking is order-free, events aside)', async () => {
    await clearGraph(db().executor);
    for (const file of [...files].reverse()) {
      const run = await runCli(['ingest', file], env());
      assert.equal(run.code, 0, run.stderr);
    }
    const dump = await canonicalDump(db().executor);
    dumps.set('sequential, files in reverse order', dump);
    assertSameGraph(dump, sequentialDump, 'sequential, files in reverse order');
  });

  test('four ingest processes at once: every process succeeds, no duplicate, nothing lost', async () => {
    await clearGraph(db().executor);
    const runs = await Promise.all(files.map((file) => runCli(['ingest', file], env())));
    const dump = await canonicalDump(db().executor);
    dumps.set('concurrent', dump);
    // The graph first (so a failing process does not hide what it did to the graph), then the processes.
    assert.equal(await countArticles(db().executor), ARTICLES);
    assert.deepEqual(duplicateKeys(dump), [], 'two nodes with one key');
    assertSameGraph(dump, sequentialDump, 'concurrent');
    const failed = runs
      .map((run, i) => (run.code === 0 ? '' : `part-${i} exited ${run.code}:\n${run.stdout}${run.stderr}`))
      .filter((line) => line !== '');
    assert.deepEqual(failed, [], 'an ingest process failed though every article ended up in the graph');
  });

  test('no relationship holds more evidence than MAX_EVIDENCE_PER_RELATION, however it was ingested', () => {
    assert.ok(dumps.size > 0);
    const over = [...dumps].flatMap(([what, dump]) => overCapRelationships(dump).map((line) => `${what}: ${line}`));
    assert.deepEqual(over, []);
  });
});

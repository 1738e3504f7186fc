/**
 * The graph write path alone: `node dist/bench/write-path.js [--articles N] [--batch B] [--seed S]`.
 *
 * Linked articles (extraction and linking already done) are generated here,
 * deterministically from the seed, with news-like reuse: people, countries and
 * organizations drawn from Zipf distributions, so a few facts (a leader of a
 * big country, a capital in its country) are stated by a large share of the
 * articles. They are written by the ingest's own batch write
 * (`Neo4jLinkStore.saveBatch`, `--batch` articles per transaction, 25 as in
 * ingest) into an empty managed Neo4j, and each 1000 articles are timed: the
 * figures are articles/s over the run and the per-article cost of the last
 * 1000 against the first 1000 (how the cost of one write grows with the graph).
 * The JVM is warmed first on 500 articles of another seed, then the graph emptied.
 * The last line is one JSON object.
 */
import { createHash } from 'node:crypto';
import { Neo4jLinkStore } from '../src/graph/link-store';
import { clearGraph } from '../src/graph/maintenance.repository';
import type { LinkedArticle, LinkedEntity } from '../src/link/types';
import { linkedEntity as entity, linkedRelation as relation } from './linked-facts';
import { startBenchNeo4j } from './neo4j';
import { Rng, Zipf } from './prng';

interface Args {
  articles: number;
  batch: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    articles: Number(value('--articles') ?? 20_000),
    batch: Number(value('--batch') ?? 25),
    seed: Number(value('--seed') ?? 42),
  };
}

const PEOPLE = 20_000;
const COUNTRIES = 190;
const ORGANIZATIONS = 1_000;

/** Article `i` of the synthetic stream: 2 people, 2 countries, a capital, an organization, 6 facts. */
function linkedArticle(seed: number, i: number, zipf: { people: Zipf; countries: Zipf; orgs: Zipf }): LinkedArticle {
  const rng = new Rng(seed * 1_000_003 + i);
  const c1 = zipf.countries.sample(rng);
  const c2 = (c1 + 1 + zipf.countries.sample(rng)) % COUNTRIES;
  const p1 = zipf.people.sample(rng);
  const p2 = (p1 + 1 + zipf.people.sample(rng)) % PEOPLE;
  const org = zipf.orgs.sample(rng);
  const country = (n: number): LinkedEntity => entity('Country', `country:c${n}`, `Country ${n}`, 10);
  const person = (n: number): LinkedEntity => entity('Person', `person:p${n}`, `Person P${n}`, 30);
  const first = person(p1);
  const second = person(p2);
  const home = country(p1 % COUNTRIES);
  const guest = country(p2 % COUNTRIES);
  const host = country(c1);
  const other = country(c2);
  const capital = entity('Place', `place:capital-${c1}`, `Capital ${c1}`, 0);
  const body = entity('Organization', `org:o${org}`, `Organization ${org}`, 50);
  const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const text = `Article ${i}: ${first.name} met ${second.name} in ${capital.name}.`;
  const entities = [
    ...new Map([first, second, home, guest, host, other, capital, body].map((e) => [e.id, e])).values(),
  ];
  const relations = [
    relation('LEADER_OF', first, home, text, { title: 'President' }),
    relation('LEADER_OF', second, guest, text, { title: 'Prime Minister' }),
    relation('MET', first, second, text, { date }),
    relation('LOCATED_IN', capital, host, text),
    relation('MEMBER_OF', host, body, text),
    relation('PARTNER_OF', host, other, text),
  ].filter((r) => r.from !== r.to);
  const id = createHash('sha256').update(`${seed}:${i}`).digest('hex').slice(0, 16);
  return {
    article: {
      id,
      contentHash: id,
      title: `Synthetic article ${i}`,
      text,
      published: date,
      source: 'bench',
    },
    sentences: [{ index: 0, start: 0, end: text.length, text }],
    entities,
    relations: [...new Map(relations.map((r) => [r.id, r])).values()],
    mergeCandidates: [],
    redirects: [],
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const zipf = {
    people: new Zipf(PEOPLE, 1.05),
    countries: new Zipf(COUNTRIES, 1.0),
    orgs: new Zipf(ORGANIZATIONS, 1.2),
  };
  const db = await startBenchNeo4j('write-path');
  try {
    const store = new Neo4jLinkStore(db.graph.executor);
    // Warm the JVM on another seed's articles, then empty the graph, so JIT compilation is not billed to the first 1000.
    for (let from = 0; from < 500; from += args.batch) {
      const batch: LinkedArticle[] = [];
      for (let i = from; i < from + args.batch; i++) batch.push(linkedArticle(args.seed + 1, i, zipf));
      await store.saveBatch(batch);
    }
    await clearGraph(db.graph.executor);
    const chunks: { from: number; msPerArticle: number }[] = [];
    const started = performance.now();
    let chunkStarted = started;
    for (let from = 0; from < args.articles; from += args.batch) {
      const batch: LinkedArticle[] = [];
      for (let i = from; i < Math.min(args.articles, from + args.batch); i++)
        batch.push(linkedArticle(args.seed, i, zipf));
      await store.saveBatch(batch);
      const done = from + batch.length;
      if (done % 1000 === 0 || done === args.articles) {
        const now = performance.now();
        const size = done % 1000 === 0 ? 1000 : done % 1000;
        chunks.push({ from: done - size, msPerArticle: (now - chunkStarted) / size });
        console.log(`articles ${done - size}-${done}: ${((now - chunkStarted) / size).toFixed(2)} ms/article`);
        chunkStarted = now;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const first = chunks[0]?.msPerArticle ?? Number.NaN;
    const last = chunks.at(-1)?.msPerArticle ?? Number.NaN;
    // On a shared machine one chunk can be slowed by a neighbour: medians of three say more.
    const median = (values: number[]): number =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    const firstThree = median(chunks.slice(0, 3).map((chunk) => chunk.msPerArticle));
    const lastThree = median(chunks.slice(-3).map((chunk) => chunk.msPerArticle));
    console.log(
      JSON.stringify({
        articles: args.articles,
        batch: args.batch,
        write_articles_per_s: Number((args.articles / seconds).toFixed(1)),
        first_1k_ms_per_article: Number(first.toFixed(2)),
        last_1k_ms_per_article: Number(last.toFixed(2)),
        cost_growth_last_vs_first: Number((last / first).toFixed(2)),
        cost_growth_median3: Number((lastThree / firstThree).toFixed(2)),
      }),
    );
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

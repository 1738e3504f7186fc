/**
 * The cost limit alone, in process (no Neo4j, no HTTP): `node dist/bench/cost-check.js [N]`.
 * Times the estimate each request paid before (`costLimitError`) against the
 * server's per-document one (`cachedCostLimit`) on the benchmark's queries,
 * one parsed document per query as Apollo's document cache hands it over.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { buildGraphSchema } from '../src/schema/build-schema';
import { cachedCostLimit, costLimitError, DEFAULT_QUERY_LIMITS } from '../src/server/query-limits';
import { benchQueries } from './queries';

const rounds = Number(process.argv[2] ?? 20_000);
const schema = buildGraphSchema();
const queries = benchQueries({
  person: 'person:a',
  personSurname: 'a',
  farPerson: 'person:b',
  article: 'article:a',
  hubs: [],
});
const maxCost = DEFAULT_QUERY_LIMITS.maxCost;
const cached = cachedCostLimit(schema, maxCost);

function time(run: () => void): number {
  for (let i = 0; i < 1000; i++) run();
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  return Number(process.hrtime.bigint() - started) / 1000 / rounds;
}

process.stdout.write('| query | estimate per request µs | per-document µs |\n|---|---:|---:|\n');
for (const query of queries) {
  const document = parse(query.ours.query);
  const variables = query.ours.variables;
  const plain = time(() => costLimitError(schema, document, variables, null, maxCost));
  const kept = time(() => cached(document, variables, null));
  process.stdout.write(`| ${query.name} | ${plain.toFixed(1)} | ${kept.toFixed(2)} |\n`);
}

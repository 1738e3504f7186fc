/*
 * Script entry (I/O allowed here): per-article differences between the in-memory prediction and the gold:
 * entities, relations, events and Wikipedia titles (WIKI: a found entity whose title is missing or wrong).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAndRead } from '../extract/index';
import { loadConfig } from '../config';
import { openBackbone } from '../nlp';
import { evalDir, SEED_FILE } from './eval-dir';
import { predictInMemory } from './in-memory';
import { fold } from '../reference/index';
import { sameWikipediaTitle, type GoldFile, type PredictedArticle } from './score';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const set = args[0] === 'seed' || args[0] === 'dev2' ? args[0] : 'dev';
  const filter = args[1]?.toLowerCase();
  const file = set === 'seed' ? SEED_FILE : join(evalDir(), `${set}-articles.ndjson`);
  const gold = JSON.parse(readFileSync(join(evalDir(), `${set}-gold.json`), 'utf8')) as GoldFile;
  const backbone = await openBackbone(loadConfig());
  const preds = await predictInMemory(
    detectAndRead(readFileSync(file, 'utf8'), file).articles,
    backbone.annotator,
  ).finally(() => backbone.close());
  const byTitle = new Map<string, PredictedArticle>(preds.map((p) => [fold(p.title), p]));
  const out: string[] = [];
  for (const ga of gold.articles) {
    if (filter && !ga.title.toLowerCase().includes(filter)) continue;
    const pa = byTitle.get(fold(ga.title));
    if (!pa) continue;
    out.push(`\n##### ${ga.title.slice(0, 90)}`);
    const forms = new Map(ga.entities.map((g) => [g.name, new Set([g.name, ...(g.mentions ?? [])].map(fold))]));
    const nodeGold = new Map<string, string>();
    const usedP = new Set<string>();
    for (const g of ga.entities) {
      const f = forms.get(g.name);
      const hits = pa.entities.filter((p) => p.type === g.type && [p.name, ...p.aliases].some((a) => f?.has(fold(a))));
      for (const h of hits) if (!nodeGold.has(h.nodeId)) nodeGold.set(h.nodeId, g.name);
      if (!hits.length) out.push(`  MISS ENT ${g.type} ${g.name} ${JSON.stringify(g.mentions ?? [])}`);
      else usedP.add(hits[0]?.nodeId ?? '');
      // Wikipedia titles of found entities that are missing or wrong (the entity's forms show why).
      const title = hits[0]?.wikipedia;
      if (hits[0] && g.wikipedia !== undefined && (title === undefined || !sameWikipediaTitle(title, g.wikipedia)))
        out.push(
          `  WIKI ${g.type} ${g.wikipedia} → ${title ?? '(none)'} ${JSON.stringify([...new Set([hits[0].name, ...hits[0].aliases])])}`,
        );
    }
    for (const p of pa.entities)
      if (!nodeGold.has(p.nodeId)) out.push(`  FALSE ENT ${p.type} ${p.name} ${JSON.stringify(p.aliases)}`);
    const nameOf = (id: string): string =>
      nodeGold.get(id) ?? `?${pa.entities.find((e) => e.nodeId === id)?.name ?? id}`;
    const key = (t: string, a: string, b: string): string =>
      t === 'MET' || t === 'PARTNER_OF' ? `${t}|${[a, b].sort().join('|')}` : `${t}|${a}|${b}`;
    const gk = new Set(ga.relations.map((r) => key(r.type, r.from, r.to)));
    const pk = new Set(pa.relations.map((r) => key(r.type, nameOf(r.fromNodeId), nameOf(r.toNodeId))));
    for (const r of ga.relations)
      if (!pk.has(key(r.type, r.from, r.to))) out.push(`  MISS REL ${r.type} ${r.from} -> ${r.to}`);
    for (const k of pk) if (!gk.has(k)) out.push(`  FALSE REL ${k}`);
    out.push(`  gold events: ${ga.events.map((e) => `${e.type}@${e.date ?? ''}`).join(', ')}`);
    out.push(
      `  pred events: ${pa.events.map((e) => `${e.type}@${e.date ?? ''}[${pa.entities.find((x) => x.nodeId === e.nodeId)?.name ?? ''}]`).join(', ')}`,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});

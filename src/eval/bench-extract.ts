/* Script entry (I/O allowed here): single-core extraction throughput on ~3 KB articles built from the seed and dev sets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAndRead, extractArticle } from '../extract/index';
import type { Article } from '../extract/types';
import { SEED_FILE, SHARED_EVAL } from './run-in-memory';

function load(file: string): Article[] {
  return detectAndRead(readFileSync(file, 'utf8'), file).articles;
}

function main(): void {
  const n = Number(process.argv[2] ?? '2000');
  const base = [...load(SEED_FILE), ...load(join(SHARED_EVAL, 'dev-articles.ndjson'))];
  // Articles of about 3 KB: short texts are repeated, long ones cut at a paragraph.
  const arts = base.map((a, i) => {
    let text = a.text;
    while (text.length < 3000) text += '\n\n' + a.text;
    const cut = text.indexOf('\n\n', 3000);
    return { ...a, id: `b-${i}`, text: cut > 0 ? text.slice(0, cut) : text };
  });
  const bytes = arts.reduce((s, a) => s + a.text.length, 0) / arts.length;
  for (let i = 0; i < 50; i++) extractArticle(arts[i % arts.length] as Article); // warm-up
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) extractArticle(arts[i % arts.length] as Article);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // CPU time is the fairer number on a shared machine: wall time includes waiting for a core.
  process.stdout.write(
    `${n} articles (avg ${Math.round(bytes)} chars): wall ${ms.toFixed(0)} ms = ${((n / ms) * 1000).toFixed(0)} articles/s; ` +
      `cpu ${cpuMs.toFixed(0)} ms = ${((n / cpuMs) * 1000).toFixed(0)} articles/s\n`,
  );
}

main();

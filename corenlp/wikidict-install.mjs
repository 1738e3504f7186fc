// Builds the offline Wikipedia anchor index during `npm install` (see wikipedia/README.md).
//
// Source: Stanford's anchor dictionary, `edu/stanford/nlp/models/kbp/english/wikidict.tab.gz`
// inside edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp (Maven Central, 227 MB).
// Its 21 million lines `anchor TAB title TAB probability` are already sorted by title, so:
//   titles.tsv   one line per title: `title TAB anchor US probability TAB ...`, written in one pass;
//   anchors.tsv  `lowercased anchor TAB anchor TAB title TAB probability`, sorted by the C locale
//                (`sort` from coreutils, external: the 21 million lines never sit in the Node heap);
//   meta.json    written last: the format version and the sizes, so a half-built index is never used.
// Readers binary-search both files by byte offset (src/wikipedia/index-file.ts).
//
// `node corenlp/wikidict-install.mjs` skips when meta.json is valid; `--force` rebuilds.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  rmSync,
  statSync,
  writeFileSync,
  readdirSync,
} from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip, createInflateRaw } from 'node:zlib';

export const FORMAT_VERSION = 1;
const ARTIFACT = 'edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp';
const ENTRY = 'edu/stanford/nlp/models/kbp/english/wikidict.tab.gz';
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.env.WIKIDICT_DIR ?? join(here, '..', '.data', 'wikidict'));
const force = process.argv.includes('--force');

function validIndex() {
  const metaFile = join(dataDir, 'meta.json');
  if (!existsSync(metaFile)) return false;
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    return (
      meta.formatVersion === FORMAT_VERSION &&
      ['anchors.tsv', 'titles.tsv'].every(
        (f) => existsSync(join(dataDir, f)) && statSync(join(dataDir, f)).size === meta.bytes[f],
      )
    );
  } catch {
    return false;
  }
}

/** The jar from Maven Central (via the local repository), copied into `dir`. */
function fetchJar(dir) {
  if (process.env.WIKIDICT_JAR) return process.env.WIKIDICT_JAR;
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('Maven (mvn) was not found: it fetches the Wikipedia dictionary from Maven Central.');
  }
  const r = spawnSync('mvn', ['-B', '-q', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${dir}`], {
    stdio: 'inherit',
  });
  const jar = readdirSync(dir).find((f) => f.endsWith('.jar'));
  if (r.status !== 0 || jar === undefined) throw new Error(`Maven could not fetch ${ARTIFACT}.`);
  return join(dir, jar);
}

/** Where `entry`'s compressed bytes start in the zip `file`, and how it is stored (ZIP central directory; no zip64 needed under 4 GB). */
function locateEntry(file, entry) {
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const tailLen = Math.min(size, 65557);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error(`${file} is not a zip file`);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    for (let p = 0; p + 46 <= cd.length;) {
      const method = cd.readUInt16LE(p + 10);
      const compressed = cd.readUInt32LE(p + 20);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const local = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      if (name === entry) {
        const header = Buffer.alloc(30);
        readSync(fd, header, 0, 30, local);
        const start = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
        return { start, end: start + compressed - 1, method };
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
    throw new Error(`${entry} is not in ${file}`);
  } finally {
    closeSync(fd);
  }
}

/** Anchors that are markup or links, not names a text would use. */
function usableAnchor(anchor) {
  return anchor.length > 0 && anchor.length <= 80 && !/:\/\/|wikipedia|^\w{2,4}:|\t/i.test(anchor);
}

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function build() {
  const started = Date.now();
  const tmp = join(dataDir, 'tmp');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const jar = fetchJar(tmp);
  const { start, end, method } = locateEntry(jar, ENTRY);
  const raw = createReadStream(jar, { start, end });
  const gz = method === 8 ? raw.pipe(createInflateRaw()) : raw;
  const lines = createInterface({ input: gz.pipe(createGunzip()), crlfDelay: Infinity });

  const titles = createWriteStream(join(dataDir, 'titles.tsv'));
  const unsorted = createWriteStream(join(tmp, 'anchors.unsorted'));
  let current = '';
  let row = '';
  let count = 0;
  let kept = 0;
  for await (const line of lines) {
    count++;
    const [anchor, title, prob] = line.split('\t');
    if (anchor === undefined || title === undefined || prob === undefined || title === '') continue;
    if (title !== current) {
      if (row !== '') await write(titles, `${row}\n`);
      current = title;
      row = title;
    }
    if (!usableAnchor(anchor)) continue;
    const p = Number(prob)
      .toFixed(3)
      .replace(/\.?0+$/, '');
    row += `\t${anchor}\u001f${p}`;
    kept++;
    await write(unsorted, `${anchor.toLowerCase()}\t${anchor}\t${title}\t${p}\n`);
  }
  if (row !== '') await write(titles, `${row}\n`);
  titles.end();
  unsorted.end();
  await Promise.all([once(titles, 'finish'), once(unsorted, 'finish')]);
  if (count < 1_000_000) throw new Error(`${ENTRY} has only ${count} lines: the download is incomplete.`);

  const sort = spawn(
    'sort',
    [
      '-t',
      '\t',
      '-k1,1',
      '-s',
      '-S',
      '512M',
      '-T',
      tmp,
      '-o',
      join(dataDir, 'anchors.tsv'),
      join(tmp, 'anchors.unsorted'),
    ],
    { stdio: 'inherit', env: { ...process.env, LC_ALL: 'C' } },
  );
  const [code] = await once(sort, 'exit');
  if (code !== 0) throw new Error('sort failed while ordering the anchor index');
  rmSync(tmp, { recursive: true, force: true });

  const bytes = Object.fromEntries(['anchors.tsv', 'titles.tsv'].map((f) => [f, statSync(join(dataDir, f)).size]));
  const seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(
    join(dataDir, 'meta.json'),
    `${JSON.stringify({ formatVersion: FORMAT_VERSION, source: `${ARTIFACT}!/${ENTRY}`, lines: count, anchors: kept, bytes, buildSeconds: seconds }, null, 2)}\n`,
  );
  const mb = Math.round((bytes['anchors.tsv'] + bytes['titles.tsv']) / 1e6);
  console.log(`Wikipedia index: ${kept} anchors of ${count} lines, ${mb} MB in ${dataDir}, built in ${seconds} s.`);
}

if (!force && validIndex()) process.exit(0);
console.log('Building the offline Wikipedia anchor index from Maven Central (first time only, a few minutes)...');
build().catch((err) => {
  console.error(
    `error: the Wikipedia index was not built: ${err.message}\nRetry with: node corenlp/wikidict-install.mjs --force`,
  );
  process.exit(1);
});

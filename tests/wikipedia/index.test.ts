import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { SortedLineFile } from '../../src/wikipedia/sorted-file';
import {
  currentTitle,
  defaultWikipediaDir,
  dictionaryTitles,
  WikipediaIndex,
  WikipediaIndexError,
  wikipediaUrl,
} from '../../src/wikipedia';

const scratch = mkdtempSync(join(tmpdir(), 'kg-wikidict-test-'));
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('SortedLineFile', () => {
  test('finds every line of a key: first line, last line, repeated keys, lines longer than a read block', () => {
    const long = 'x'.repeat(10_000);
    const lines = ['a\t1', 'b\t2', 'b\t3', `c\t${long}`, 'd\t4', 'é\t5'].sort((x, y) =>
      Buffer.compare(Buffer.from(x.split('\t')[0] ?? ''), Buffer.from(y.split('\t')[0] ?? '')),
    );
    const path = join(scratch, 'sorted.tsv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const file = new SortedLineFile(path);
    try {
      assert.deepEqual(file.linesWithKey('a'), ['a\t1']);
      assert.deepEqual(file.linesWithKey('b'), ['b\t2', 'b\t3']);
      assert.deepEqual(file.linesWithKey('c'), [`c\t${long}`]);
      assert.deepEqual(file.linesWithKey('é'), ['é\t5']);
      assert.deepEqual(file.linesWithKey('bb'), []);
      assert.deepEqual(file.linesWithKey(''), []);
      assert.deepEqual(file.linesWithKey('zzz'), []);
    } finally {
      file.close();
    }
  });
});

describe('the Wikipedia anchor index', () => {
  const index = WikipediaIndex.open();
  after(() => {
    index.close();
  });

  test('reads an anchor as written, and every case of it', () => {
    assert.deepEqual(index.sense('Putin'), { anchor: 'Putin', title: 'Vladimir Putin', probability: 1 });
    const lula = index.sense('Lula');
    assert.ok(lula !== undefined);
    assert.equal(lula.title, 'Luiz Inácio Lula da Silva');
    assert.ok(lula.probability < 0.8, 'a bare "Lula" is ambiguous');
    // The lower-case anchor "china" is porcelain; an upper-case "CHINA" would be read as written.
    assert.equal(index.sense('China')?.title, 'China');
    assert.ok(index.senses('georgia').length >= 3);
    assert.equal(index.sense('No Such Anchor Anywhere 12345'), undefined);
  });

  test('lists the anchors of a title (aliases for free)', () => {
    const anchors = index.anchorsOf('Vladimir Putin').map((a) => a.anchor);
    assert.ok(anchors.length > 100, `${anchors.length} anchors`);
    assert.ok(anchors.includes('Putin'));
    assert.ok(index.hasTitle('Vladimir_Putin'));
    assert.ok(!index.hasTitle('No Such Article 12345'));
  });

  test("titles come back as Wikipedia names the article today, and today's title reads the old one", () => {
    // The dictionary (2014-16) files the city under "Kiev" and the party under "Communist Party of China".
    assert.equal(index.sense('Kiev')?.title, 'Kyiv');
    assert.equal(index.sense('Communist Party of China')?.title, 'Chinese Communist Party');
    assert.equal(
      index.sense('Politburo of the Communist Party of China')?.title,
      'Politburo of the Chinese Communist Party',
    );
    assert.equal(currentTitle('Vladimir Putin'), 'Vladimir Putin');
    assert.deepEqual(dictionaryTitles('Liz Truss'), ['Liz Truss', 'Elizabeth Truss']);
    const anchors = index.anchorsOf('Chinese Communist Party');
    assert.ok(anchors.some((a) => a.anchor === 'Communist Party of China'));
    assert.ok(anchors.every((a) => a.title === 'Chinese Communist Party'));
    assert.ok(index.hasTitle('Liz Truss'));
  });

  test('article addresses', () => {
    assert.equal(wikipediaUrl('Georgia (country)'), 'https://en.wikipedia.org/wiki/Georgia_(country)');
    assert.equal(wikipediaUrl('Shinzō Abe'), 'https://en.wikipedia.org/wiki/Shinz%C5%8D_Abe');
  });
});

describe('a missing or corrupt index', () => {
  test('missing: a clear error naming the command that rebuilds it', () => {
    assert.throws(
      () => WikipediaIndex.open(join(scratch, 'nothing-here')),
      (error: unknown) =>
        error instanceof WikipediaIndexError &&
        error.message.includes('missing') &&
        error.message.includes('node corenlp/wikidict-install.mjs --force'),
    );
  });

  test('corrupt: a file whose size differs from what the build recorded', () => {
    const dir = join(scratch, 'corrupt');
    const real = defaultWikipediaDir();
    mkdirSync(dir);
    copyFileSync(join(real, 'meta.json'), join(dir, 'meta.json'));
    writeFileSync(join(dir, 'anchors.tsv'), 'truncated\n');
    writeFileSync(join(dir, 'titles.tsv'), 'truncated\n');
    assert.throws(
      () => WikipediaIndex.open(dir),
      (error: unknown) =>
        error instanceof WikipediaIndexError &&
        error.message.includes('corrupt') &&
        error.message.includes('node corenlp/wikidict-install.mjs --force'),
    );
    writeFileSync(join(dir, 'meta.json'), '{not json');
    assert.throws(() => WikipediaIndex.open(dir), WikipediaIndexError);
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { describe, test } from 'node:test';
import { AnnotationUnavailableError, CoreNlpClient } from '../../src/nlp/client';
import { LocalCoreNlpError, startLocalCoreNlp, type LocalCoreNlp } from '../../src/nlp/local-corenlp';
import { freePort, sleep } from '../support/hardening';

// Two full JVM starts in this file (each loads the models, ~10 s), plus two that fail early.
const SMALL = { heap: '1g', threads: 1 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (alive(pid) && Date.now() < until) await sleep(100);
  return !alive(pid);
}

async function portFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}

describe('the managed CoreNLP', () => {
  const sentence = 'Amina Diallo met Rashid Kaya in Dakar on Monday.';

  test('starts on loopback, answers, stops with no JVM left; a client sees it gone and recovers when it is back, and a SIGKILLed parent leaves no JVM', async () => {
    let first: LocalCoreNlp | undefined = await startLocalCoreNlp({ port: 0, ...SMALL });
    const { port, pid } = first;
    const client = new CoreNlpClient(first.url, { retries: 1, backoffMs: 50 });
    try {
      assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const sentences = await client.annotate(sentence);
      assert.ok(sentences[0]?.mentions.some((m) => m.ner === 'PERSON' && m.text === 'Amina Diallo'));

      await first.stop();
      first = undefined;
      assert.ok(!alive(pid), 'stop() resolves after the JVM has exited');
      assert.ok(await portFree(port), 'its port is free again');
      await assert.rejects(client.annotate(sentence), AnnotationUnavailableError);
    } finally {
      await first?.stop();
    }

    // Back on the same port, now in a child Node process that we then SIGKILL.
    const child = spawn(process.execPath, [join(__dirname, '..', 'support', 'corenlp-child.js'), String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => {
          reject(new Error(`the child exited with ${String(code)}`));
        });
      });
      const [, url, jvm] = line.split(' ');
      assert.equal(url, `http://127.0.0.1:${port}`);
      const recovered = await client.annotate(sentence);
      assert.ok(recovered.length === 1, 'the same client works again once the server is back');

      const jvmPid = Number(jvm);
      assert.ok(alive(jvmPid));
      child.kill('SIGKILL');
      assert.ok(await gone(jvmPid, 15_000), 'the JVM exits when its parent is SIGKILLed');
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('a taken port is refused with one clear sentence', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    assert.ok(address !== null && typeof address === 'object');
    try {
      await assert.rejects(
        startLocalCoreNlp({ port: address.port, ...SMALL }),
        (error: unknown) =>
          error instanceof LocalCoreNlpError && error.message.includes(`port ${address.port} is already in use`),
      );
    } finally {
      blocker.close();
    }
  });

  test('a heap too small for the models is said in one sentence', async () => {
    await assert.rejects(
      startLocalCoreNlp({ port: await freePort(), heap: '64m', threads: 1 }),
      (error: unknown) =>
        error instanceof LocalCoreNlpError && error.message.startsWith('CoreNLP ran out of memory with a heap of 64m'),
    );
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import express from 'express';
import { createPlaygroundRouter } from '../../../src/server/playground/router';

let built: string;
let servers: Server[] = [];

/** Serves the router over a given dist folder; returns its base URL. */
async function serve(distDir: string): Promise<string> {
  const app = express();
  app.use(createPlaygroundRouter({ distDir }));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

before(() => {
  built = mkdtempSync(join(tmpdir(), 'kg-playground-dist-'));
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'playground.html'), '<title>playground</title>');
  writeFileSync(join(built, 'explore.html'), '<title>explore</title>');
  writeFileSync(join(built, 'assets', 'explore-abc123.js'), 'console.log(1);');
});

after(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
  rmSync(built, { recursive: true, force: true });
});

void test('GET / redirects to /playground', async () => {
  const response = await fetch(`${await serve(built)}/`, { redirect: 'manual' });
  assert.equal(response.status, 302);
  assert.equal(response.headers.get('location'), '/playground');
});

void test('/playground and /explore are their pages, never cached, under a same-origin-only CSP', async () => {
  const base = await serve(built);
  for (const [path, title] of [
    ['/playground', 'playground'],
    ['/explore', 'explore'],
  ] as const) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /https?:/);
    assert.equal(await response.text(), `<title>${title}</title>`);
  }
});

void test('assets are served for good, and a missing one is a plain 404', async () => {
  const base = await serve(built);
  const asset = await fetch(`${base}/assets/explore-abc123.js`);
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
  assert.equal(await asset.text(), 'console.log(1);');
  const missing = await fetch(`${base}/assets/nope.js`);
  assert.equal(missing.status, 404);
  assert.equal(await missing.text(), 'Not found\n');
  const escape = await fetch(`${base}/assets/..%2Fplayground.html`);
  assert.equal(escape.status, 404);
});

void test('a front end that was not built is a 503 that says how to build it', async () => {
  const response = await fetch(`${await serve(join(built, 'missing'))}/explore`);
  assert.equal(response.status, 503);
  assert.match(await response.text(), /npm run build/);
});

void test("a browser's GET /graphql is the playground; any other request passes on to the GraphQL handler", async () => {
  const base = await serve(built);
  const browser = await fetch(`${base}/graphql`, {
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
  });
  assert.equal(browser.status, 200);
  assert.equal(await browser.text(), '<title>playground</title>');
  // No GraphQL handler behind the router here: what passes on is Express's 404.
  for (const accept of [undefined, '*/*', 'application/json', 'application/graphql-response+json, text/html;q=0.5']) {
    const response = await fetch(`${base}/graphql`, accept === undefined ? {} : { headers: { accept } });
    assert.equal(response.status, 404, `Accept: ${accept ?? '(none)'}`);
  }
  assert.equal((await fetch(`${base}/graphql`, { method: 'POST', headers: { accept: 'text/html' } })).status, 404);
});

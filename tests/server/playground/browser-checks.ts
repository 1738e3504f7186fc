/**
 * Drives the front end in a real headless Chromium (Debian's /usr/bin/chromium
 * through playwright-core) against a server at `baseUrl`. Used by the e2e test;
 * the checks throw (node:assert) when a page does not do its job.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** A browser with a fresh profile that records every request any page or worker makes. */
export interface TestBrowser {
  context: BrowserContext;
  /** Every URL requested over the network (not data: or blob:), in order. */
  requests: string[];
  /** The headers of every POST to /graphql, in order. */
  graphqlHeaders: Record<string, string>[];
  /** Uncaught page errors, console errors, and responses with an error status. */
  pageErrors: string[];
  /** The requested URLs whose host is not this machine (they were aborted). */
  outsideRequests(): string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 860 },
    // No service worker could hide a request from the route below.
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  const graphqlHeaders: Record<string, string>[] = [];
  const pageErrors: string[] = [];
  const isOutside = (url: string): boolean => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return !LOCAL_HOSTS.has(parsed.hostname);
  };
  // Every request of every page and worker passes here; nothing leaves the machine.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (route.request().method() === 'POST' && new URL(url).pathname === '/graphql') {
      graphqlHeaders.push(route.request().headers());
    }
    if (isOutside(url)) await route.abort('blockedbyclient');
    else await route.continue();
  });
  const watch = (page: Page): void => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const what = `HTTP ${response.status()} for ${response.request().method()} ${response.url()}`;
      response.text().then(
        (body) => pageErrors.push(`${what}: ${body.slice(0, 300)}`),
        () => pageErrors.push(what),
      );
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  return {
    context,
    requests,
    graphqlHeaders,
    pageErrors,
    outsideRequests: () => requests.filter(isOutside),
    newPage: async () => {
      const existing = context.pages().find((page) => page.url() === 'about:blank');
      return existing ?? (await context.newPage());
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Monaco draws text with no-break spaces; compare it as plain text. */
function plain(text: string | null): string {
  return (text ?? '').replace(/\u00a0/g, ' ');
}

export interface PlaygroundCheck {
  /** Where the playground is opened: `/playground`, or `/graphql` as a browser asks for it. */
  path?: string;
  /** Where to save screenshots: the result with the docs open, and the Explorer plugin. */
  screenshot?: string;
  explorerScreenshot?: string;
  /** Text the first example's result must contain (its search is for "Putin"). */
  expectInResult: string;
}

/**
 * `/playground`: GraphiQL loads from this server alone with the examples as
 * tabs, runs the first one, sends what the headers editor holds, and opens the
 * Explorer plugin and the doc explorer on the schema.
 */
export async function checkPlayground(browser: TestBrowser, baseUrl: string, check: PlaygroundCheck): Promise<void> {
  const page = await browser.newPage();
  const path = check.path ?? '/playground';
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${path} answered ${response?.status()}`);

  const queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
  await queryEditor.first().waitFor({ state: 'visible', timeout: 30_000 });
  // The examples open as tabs, the first one active.
  await page.locator('.graphiql-tab').nth(4).waitFor({ timeout: 10_000 });
  const editorText = plain(await page.locator('.graphiql-query-editor .view-lines').first().textContent());
  assert.match(editorText, /query SearchEntities/);

  await page.locator('[aria-label="Show Documentation Explorer"]').waitFor();
  await page.locator('[aria-label="Show GraphiQL Explorer"]').waitFor();
  await page.getByRole('button', { name: 'Headers' }).waitFor();

  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .view-lines');
  const deadline = Date.now() + 20_000;
  while (!plain(await result.textContent()).includes(check.expectInResult)) {
    assert.ok(
      Date.now() < deadline,
      `the result never showed ${check.expectInResult}: ${plain(await result.textContent())}`,
    );
    await page.waitForTimeout(200);
  }
  const resultText = plain(await result.textContent());
  assert.match(resultText, /"search"/);
  assert.doesNotMatch(resultText, /"errors"/);

  // The headers editor: what is written there goes with the next request.
  await page.getByRole('button', { name: 'Headers' }).click();
  await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
  await page.keyboard.insertText('{"Authorization": "Bearer playground-check"}');
  const sent = browser.graphqlHeaders.length;
  await page.locator('.graphiql-execute-button').click();
  const headersDeadline = Date.now() + 10_000;
  while (
    !browser.graphqlHeaders.slice(sent).some((headers) => headers['authorization'] === 'Bearer playground-check')
  ) {
    assert.ok(Date.now() < headersDeadline, 'the headers editor sent its Authorization header');
    await page.waitForTimeout(100);
  }

  // The Explorer plugin opens and lists the schema's fields.
  await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
  await page
    .locator('.graphiql-explorer-root')
    .getByText('search', { exact: true })
    .first()
    .waitFor({ timeout: 10_000 });
  if (check.explorerScreenshot !== undefined) await page.screenshot({ path: check.explorerScreenshot });

  // The schema reached the doc explorer.
  await page.locator('[aria-label="Show Documentation Explorer"]').click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 10_000 });
  if (check.screenshot !== undefined) await page.screenshot({ path: check.screenshot });
  await page.close();
}

/**
 * The playground's "Live updates" tab: its subscription runs over the
 * WebSocket, and the article `ingest` writes shows up in the result pane.
 */
export async function checkPlaygroundSubscription(
  browser: TestBrowser,
  baseUrl: string,
  check: { ingest: () => Promise<void>; expectInResult: string; screenshot?: string | undefined },
): Promise<void> {
  const page = await browser.newPage();
  const response = await page.goto(`${baseUrl}/playground`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.graphiql-tab', { hasText: 'ArticleIngested' }).first().click();
  const editor = page.locator('.graphiql-query-editor .view-lines').first();
  const tabDeadline = Date.now() + 10_000;
  while (!plain(await editor.textContent()).includes('subscription ArticleIngested')) {
    assert.ok(Date.now() < tabDeadline, 'the Live updates tab opened');
    await page.waitForTimeout(100);
  }
  // GraphiQL may still hold the previous tab's operation name for a moment
  // after the switch (the run then fails at once): run until the button shows
  // "Stop", i.e. the subscription is live.
  const execute = page.locator('.graphiql-execute-button');
  let subscribed = false;
  for (let attempt = 0; attempt < 5 && !subscribed; attempt++) {
    await execute.click();
    await page.waitForTimeout(1500);
    subscribed = (await execute.getAttribute('aria-label'))?.startsWith('Stop') === true;
  }
  assert.ok(subscribed, 'the subscription is running');
  await check.ingest();
  const result = page.locator('.graphiql-response .view-lines');
  const deadline = Date.now() + 20_000;
  while (!plain(await result.textContent()).includes(check.expectInResult)) {
    assert.ok(
      Date.now() < deadline,
      `the subscription never showed ${check.expectInResult}: ${plain(await result.textContent())}`,
    );
    await page.waitForTimeout(200);
  }
  assert.match(plain(await result.textContent()), /"articleIngested"/);
  if (check.screenshot !== undefined) await page.screenshot({ path: check.screenshot });
  await page.close();
}

export interface ExplorerCheck {
  /** Text typed into From, and the name of the suggestion to pick. */
  from: { type: string; pick: string };
  to: { type: string; pick: string };
  /** Screenshots: an edge's evidence, the expanded node, then one of its articles. */
  screenshot?: string;
  expandedScreenshot?: string;
  articleScreenshot?: string;
}

async function pickEntity(page: Page, label: string, entity: { type: string; pick: string }): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.pressSequentially(entity.type, { delay: 40 });
  const option = page.locator('li[role=option]', { has: page.locator('.name', { hasText: entity.pick }) }).first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
  assert.equal(await input.inputValue(), entity.pick);
}

/**
 * `/explore`: search-as-you-type picks both ends, the shortest path is drawn,
 * clicking one of its edges shows the evidence sentence and its article,
 * clicking a node expands it and lists its articles, an article opens with
 * the entities it mentions, and one of those lists its own articles.
 */
export async function checkExplorer(browser: TestBrowser, baseUrl: string, check: ExplorerCheck): Promise<void> {
  const page = await browser.newPage();
  const response = await page.goto(`${baseUrl}/explore`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET /explore answered ${response?.status()}`);

  await pickEntity(page, 'From', check.from);
  await pickEntity(page, 'To', check.to);
  // Picking both ends runs the search.
  const firstPath = page.locator('.path-list li.path').first();
  await firstPath.waitFor({ timeout: 20_000 });
  const steps = plain(await firstPath.locator('.steps').textContent());
  assert.ok(steps.startsWith(check.from.pick), `the path starts at ${check.from.pick}: ${steps}`);
  assert.ok(steps.endsWith(check.to.pick), `the path ends at ${check.to.pick}: ${steps}`);

  // Click the middle of a drawn edge of the path, on the canvas itself.
  // A function, not a string: the page's CSP forbids eval. This file is
  // compiled without the DOM's types, hence the shape of what it touches.
  const point = await page.evaluate(() => {
    interface Box {
      left: number;
      top: number;
    }
    interface Cy {
      edges(selector: string): { first(): { empty(): boolean; renderedMidpoint(): { x: number; y: number } } };
      container(): { getBoundingClientRect(): Box } | null;
    }
    const cy = (globalThis as unknown as { kgExplorer?: { cy: Cy } }).kgExplorer?.cy;
    const edge = cy?.edges('.path').first();
    const box = cy?.container()?.getBoundingClientRect();
    if (edge === undefined || edge.empty() || box === undefined) return null;
    const middle = edge.renderedMidpoint();
    return { x: box.left + middle.x, y: box.top + middle.y };
  });
  assert.ok(point !== null, 'the graph has an edge on the path');
  await page.mouse.click(point.x, point.y);

  const sentence = page.locator('.evidence-sentence').first();
  await sentence.waitFor({ timeout: 10_000 });
  assert.ok(plain(await sentence.textContent()).trim().length > 10, 'the evidence sentence has text');
  const articleLink = page.locator('.evidence .article-link').first();
  assert.ok(plain(await articleLink.textContent()).trim().length > 0, 'the evidence names its article');
  if (check.screenshot !== undefined) await page.screenshot({ path: check.screenshot });

  // A node: its neighbours join the graph, and its articles are listed.
  const before = await countNodes(page);
  const node = await nodePosition(page, check.to.pick);
  assert.ok(node !== null, `the graph has a node named ${check.to.pick}`);
  await page.mouse.click(node.x, node.y);
  await page.locator('.details .article-list li').first().waitFor({ timeout: 10_000 });
  // Its English Wikipedia article, which linking found for this well-known person.
  assert.equal(
    await page.locator('.details .wikipedia a').getAttribute('href'),
    `https://en.wikipedia.org/wiki/${check.to.pick.replace(/ /g, '_')}`,
  );
  const deadline = Date.now() + 10_000;
  while ((await countNodes(page)) <= before) {
    assert.ok(Date.now() < deadline, 'clicking a node added its neighbours to the graph');
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(400); // the fit animation
  if (check.expandedScreenshot !== undefined) await page.screenshot({ path: check.expandedScreenshot });

  // One of its articles: the text and the entities it mentions, each clickable.
  await page.locator('.details .article-list .article-link').first().click();
  await page.locator('.article-text p').first().waitFor({ timeout: 10_000 });
  assert.ok((await page.locator('.chips .chip').count()) > 0, 'the article lists the entities it mentions');
  assert.ok((await page.locator('.article-text .mention').count()) > 0, 'mentions in the text are marked');
  if (check.articleScreenshot !== undefined) await page.screenshot({ path: check.articleScreenshot });

  // An entity it mentions: every article that mentions that one.
  await page.locator('.chips .chip').first().click();
  await page.locator('.details .article-list li').first().waitFor({ timeout: 10_000 });
  await page.close();
}

// Page functions: this file is compiled without the DOM's types, hence the
// small shapes of what they touch; and functions, not strings, because the
// pages' CSP forbids eval.
interface NodeLike {
  renderedPosition(): { x: number; y: number };
  data(key: string): unknown;
}
interface CyLike {
  nodes(): { length: number; toArray(): NodeLike[] };
  container(): { getBoundingClientRect(): { left: number; top: number } } | null;
}

function countNodes(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as { kgExplorer?: { cy: CyLike } }).kgExplorer?.cy.nodes().length ?? 0,
  );
}

function nodePosition(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const cy = (globalThis as unknown as { kgExplorer?: { cy: CyLike } }).kgExplorer?.cy;
    const node = cy
      ?.nodes()
      .toArray()
      .find((candidate) => candidate.data('name') === wanted);
    const box = cy?.container()?.getBoundingClientRect();
    if (node === undefined || box === undefined) return null;
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, name);
}

export interface EventViewCheck {
  /** The event to open, as `/explore?event=ID` does. */
  id: string;
  name: string;
  /** The publishers of its reports, in the order the view shows them, and how many each has. */
  publishers: { source: string; reports: number }[];
  /** A part of it (PART_OF) the view lists and opens, where it has one. */
  part?: { name: string };
  screenshot?: string;
}

/**
 * `/explore?event=ID`: the event's name, its reports grouped under their
 * publishers, an article opened from there, and a part of the event opened
 * as an event in turn.
 */
export async function checkEventView(browser: TestBrowser, baseUrl: string, check: EventViewCheck): Promise<void> {
  const page = await browser.newPage();
  const response = await page.goto(`${baseUrl}/explore?event=${encodeURIComponent(check.id)}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  await page.locator('.details .publisher').first().waitFor({ timeout: 10_000 });
  assert.ok(plain(await page.locator('.details h2').first().textContent()).startsWith(check.name));
  const shown = await page.locator('.details .publisher').evaluateAll((sections) =>
    (sections as unknown as { querySelector(s: string): { textContent: string | null } | null }[]).map((section) => ({
      heading: section.querySelector('h4')?.textContent ?? '',
      reports: (section as unknown as { querySelectorAll(s: string): { length: number } }).querySelectorAll('li')
        .length,
    })),
  );
  assert.deepEqual(
    shown.map((group) => ({ source: group.heading.replace(/ \d+$/, ''), reports: group.reports })),
    check.publishers,
  );
  if (check.screenshot !== undefined) await page.screenshot({ path: check.screenshot });

  if (check.part !== undefined) {
    await page.locator('.details .event-parts .entity-link', { hasText: check.part.name }).first().click();
    await page.locator('.details .event-part-of').waitFor({ timeout: 10_000 });
    assert.ok(plain(await page.locator('.details .event-part-of').textContent()).includes(check.name));
    await page.locator('.details .back').click();
    await page.locator('.details .publisher').first().waitFor({ timeout: 10_000 });
  }

  // A report: the article itself, with Previous/Next through the event's reports.
  await page.locator('.details .publisher .article-link').first().click();
  await page.locator('.article-text p').first().waitFor({ timeout: 10_000 });
  const total = check.publishers.reduce((sum, group) => sum + group.reports, 0);
  assert.ok(plain(await page.locator('.stepper').textContent()).includes(`1 of ${total} reports of`));
  await page.close();
}

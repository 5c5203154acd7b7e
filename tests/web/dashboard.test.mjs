// Browser test of the dashboard (`kroniek serve`): codes examples/*.txt into a fresh store,
// serves it on a free port, and drives the page in Debian's Chromium with playwright-core:
// map markers, timeline bars, the network, records with their evidence marked in the
// document (by mouse and by keyboard), paging, a filter, and coding a pasted article.
//
// node tests/web/dashboard.test.mjs --kroniek build/kroniek --source . --web build/web
//      --npm .cache/npm/node_modules --screenshots build/screenshots
//   [--db FILE]   serve this store instead of coding examples/*.txt into a new one
//   [--url URL]   test a dashboard that is already running (no store, no server)
//   [--chromium PATH]  (default /usr/bin/chromium)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    kroniek: { type: 'string' },
    source: { type: 'string', default: resolve(new URL('../..', import.meta.url).pathname) },
    web: { type: 'string' },
    npm: { type: 'string' },
    screenshots: { type: 'string' },
    db: { type: 'string' },
    url: { type: 'string' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});

const CODE_TIMEOUT = 300000; // coding a pasted text: the first Dutch one loads Frog
const LOAD_TIMEOUT = 60000;

const log = (message) => console.log(`web: ${message}`);
class Failure extends Error {}
function check(condition, message) {
  if (!condition) throw new Failure(message);
}

const source = resolve(opt.source);
const npm = resolve(opt.npm ?? join(source, '.cache/npm/node_modules'));
const shots = resolve(opt.screenshots ?? join(tmpdir(), 'kroniek-screenshots'));
mkdirSync(shots, { recursive: true });

let chromium;
try {
  ({ chromium } = createRequire(join(npm, 'noop.js'))('playwright-core'));
} catch (error) {
  console.error(`web: FAIL: playwright-core not found in ${npm} (run scripts/setup): ${error.message}`);
  process.exit(1);
}
if (!existsSync(opt.chromium)) {
  console.error(`web: FAIL: no Chromium at ${opt.chromium} (run scripts/setup)`);
  process.exit(1);
}

// ---------------------------------------------------------------- store and server

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {
      // best effort
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanup().finally(() => process.exit(1)));
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function codeExamples(dir) {
  const db = join(dir, 'events.db');
  const examples = readdirSync(join(source, 'examples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(source, 'examples', f));
  check(examples.length > 0, 'no examples/*.txt');
  log(`coding ${examples.length} examples into ${db} (Frog loads: ~30 s)`);
  const run = spawnSync(opt.kroniek, ['code', '--db', db, '--lang', 'nl', ...examples], {
    encoding: 'utf8',
    timeout: 600000,
  });
  check(run.status === 0, `kroniek code --db exited with ${run.status ?? run.signal}: ${run.stderr}`);
  return db;
}

// Starts `kroniek serve --port 0` (a free port, which it prints); resolves with its address
// once /api/stats answers. A watchdog shell ends the server should this process be killed
// without running its cleanup (a ctest timeout).
async function startServer(db) {
  const args = ['serve', '--db', db, '--port', '0'];
  if (opt.web) args.push('--web', resolve(opt.web));
  const server = spawn(opt.kroniek, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  let exited = null;
  server.on('exit', (code, signal) => (exited = code ?? signal));
  const watchdog = spawn('sh', ['-c',
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${server.pid} 2>/dev/null; do sleep 2; done; ` +
    `kill ${server.pid} 2>/dev/null`], { stdio: 'ignore', detached: true });
  watchdog.unref();
  cleanups.push(async () => {
    if (exited === null) {
      server.kill('SIGTERM');
      for (let i = 0; i < 50 && exited === null; i++) await sleep(100);
      if (exited === null) server.kill('SIGKILL');
    }
    try {
      process.kill(watchdog.pid);
    } catch {
      // already gone
    }
  });
  const deadline = Date.now() + 300000;
  while (Date.now() < deadline && exited === null) {
    const port = output.match(/https?:\/\/[^\s/]+:(\d+)/)?.[1];
    if (port && port !== '0') {
      const url = `http://127.0.0.1:${port}/`;
      try {
        const response = await fetch(`${url}api/stats`);
        if (response.ok) {
          log(`server on ${url} (pid ${server.pid})`);
          return url;
        }
      } catch {
        // not listening yet
      }
    }
    await sleep(250);
  }
  throw new Failure(exited === null ? `kroniek serve did not answer within 300 s: ${output}`
    : `kroniek serve exited (${exited}): ${output}`);
}

// ---------------------------------------------------------------- the test

async function getJson(base, path) {
  const response = await fetch(new URL(path, base));
  check(response.ok, `${path}: HTTP ${response.status}`);
  return response.json();
}

async function waitLoaded(page) {
  await page.waitForSelector('body[data-loaded="true"]', { timeout: LOAD_TIMEOUT });
  const status = await page.textContent('#status');
  check(!/error/i.test(status ?? ''), `the page reports: ${status}`);
}

async function markedEvidence(page, view) {
  const mark = page.locator(`${view} mark.current`);
  await mark.waitFor({ timeout: LOAD_TIMEOUT });
  return mark.textContent();
}

const evidenceText = (record) => record.evidence?.[0]?.text;

async function testDashboard(base) {
  const stats = await getJson(base, 'api/stats');
  check(stats.records > 0, `the store holds no records: ${JSON.stringify(stats)}`);
  log(`store: ${stats.records} records of ${stats.documents} documents`);

  const browser = await chromium.launch({
    executablePath: opt.chromium,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  cleanups.push(() => browser.close());
  log(`Chromium ${browser.version()}`);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(LOAD_TIMEOUT);
  const problems = [];
  let expectFailures = false; // while a bad filter is being tried
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectFailures) problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // Requests the page itself aborts (a newer filter replaced them) are no failures.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !(expectFailures && response.status() === 400)) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });

  // Everything comes from the server, nothing from a CDN.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(base).origin && url.protocol !== 'data:') {
      problems.push(`request outside the server: ${request.url()}`);
    }
  });

  await page.goto(base);
  await waitLoaded(page);

  // The map: one marker per place with coordinates.
  const places = (await getJson(base, 'api/places')).places;
  const markers = await page.locator('#map path.place-marker').count();
  log(`map: ${markers} markers (${places.length} places)`);
  check(markers > 0, 'the map shows no markers');
  check(markers === places.length, `${markers} markers for ${places.length} places`);

  // The timeline and the network.
  const bars = await page.locator('#timeline rect.bar').count();
  log(`timeline: ${bars} bars`);
  check(bars > 0, 'the timeline has no bars');
  const edges = (await getJson(base, 'api/network')).edges;
  const nodes = Number(await page.getAttribute('#network', 'data-nodes'));
  log(`network: ${nodes} actors shown (the API has ${edges.length} pairs)`);
  check(edges.length === 0 || nodes > 0, 'the network shows no actors');
  check(await page.locator('#network canvas').count() > 0, 'Cytoscape drew nothing');

  // The record list, in the API's order; the first record's evidence marked in its document.
  const first = (await getJson(base, 'api/records?limit=2')).records;
  const total = Number(await page.getAttribute('#records', 'data-total'));
  check(total === stats.records, `the list says ${total} records, the store ${stats.records}`);
  const buttons = page.locator('#records button.record');
  check(await buttons.count() > 0, 'no records listed');
  check(await buttons.first().getAttribute('data-id') === first[0].id,
    'the first record listed is not the first record of /api/records');
  await buttons.first().click();
  const marked = await markedEvidence(page, '#document');
  log(`click: marked "${marked}"`);
  check(marked === evidenceText(first[0]),
    `marked "${marked}", the record's evidence is "${evidenceText(first[0])}"`);
  check(await page.getAttribute('#document', 'data-doc') === (first[0].evidence[0].doc ?? first[0].doc),
    'the evidence is shown in another document');
  await page.waitForSelector('#map[data-basemap="loaded"]'); // country outlines, for the pictures
  await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });
  await page.screenshot({ path: join(shots, 'dashboard-screen.png') });

  // Paging: 25 a page; the second page starts with the API's 26th record.
  await page.selectOption('#page-size', '25');
  await page.waitForFunction(() => document.querySelectorAll('#records button.record').length <= 25);
  if (total > 25) {
    const second = (await getJson(base, 'api/records?limit=1&offset=25')).records[0];
    await page.click('#next');
    await page.waitForFunction((id) =>
      document.querySelector('#records button.record')?.dataset.id === id, second.id);
    check((await page.textContent('#page-info')).startsWith('26'), 'page 2 does not start at 26');
    await page.click('#prev');
    await page.waitForFunction((id) =>
      document.querySelector('#records button.record')?.dataset.id === id, first[0].id);
    log('paging: ok');
  } else {
    check(await page.isDisabled('#next'), 'Next is enabled on the only page');
    log(`paging: one page of ${total}`);
  }

  // A filter refetches everything: the root of the first event.
  const root = first.find((r) => r.root)?.root;
  if (root) {
    const filtered = await getJson(base, `api/records?root=${root}&limit=1`);
    const filteredPlaces = (await getJson(base, `api/places?root=${root}`)).places;
    await page.selectOption('#f-root', root);
    await page.click('#apply');
    await page.waitForFunction((n) => document.querySelector('#records').dataset.total === String(n),
      filtered.total, { timeout: LOAD_TIMEOUT });
    await page.waitForFunction((n) => document.querySelectorAll('#map path.place-marker').length === n,
      filteredPlaces.length, { timeout: LOAD_TIMEOUT });
    check(page.url().includes(`root=${root}`), 'the filter is not in the address');
    log(`filter root=${root}: ${filtered.total} records, ${filteredPlaces.length} places`);
    await page.click('#reset');
    await page.waitForFunction((n) => document.querySelector('#records').dataset.total === String(n),
      stats.records, { timeout: LOAD_TIMEOUT });
  }

  // A bad filter: the server's reason shows, the page stays usable.
  expectFailures = true;
  await page.fill('#f-code', 'abc');
  await page.click('#apply');
  await page.waitForSelector('#status.error');
  const reason = await page.textContent('#status');
  check(reason.includes('abc'), `a bad filter shows "${reason}"`);
  log(`bad filter: "${reason}"`);
  await page.click('#reset');
  await page.waitForFunction(() => !document.querySelector('#status').classList.contains('error'));
  expectFailures = false;

  // Keyboard only: Tab to the first record, Enter shows its evidence; ArrowDown, Enter the next.
  await page.goto(base);
  await waitLoaded(page);
  let reached = false;
  for (let i = 0; i < 300 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('#records button.record'));
  }
  check(reached, 'Tab never reached a record');
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { id: el.dataset.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  check(focus.id === first[0].id, 'Tab reached another record than the first');
  check(focus.outline !== 'none' && focus.width > 0, `the focused record has no visible focus: ${JSON.stringify(focus)}`);
  await page.keyboard.press('Enter');
  const keyed = await markedEvidence(page, '#document');
  check(keyed === evidenceText(first[0]), `Enter marked "${keyed}"`);
  if (first.length > 1) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector('#document').dataset.record === id, first[1].id);
    const next = await markedEvidence(page, '#document');
    check(next === evidenceText(first[1]), `ArrowDown, Enter marked "${next}"`);
  }
  log('keyboard: ok');

  // Paste an article, code it: its records appear, its evidence marked in the pasted text.
  async function paste(file, lang, date, prefixes) {
    const text = readFileSync(join(source, file), 'utf8');
    await page.fill('#paste-text', text);
    await page.selectOption('#paste-lang', lang);
    await page.fill('#paste-date', date);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/code'), { timeout: CODE_TIMEOUT });
    await page.click('#paste-submit');
    const response = await answer;
    check(response.ok(), `POST /api/code: HTTP ${response.status()}`);
    const body = await response.json();
    const records = body.records ?? [];
    await page.waitForFunction((n) => document.querySelector('#paste-records').dataset.state === 'done' &&
      document.querySelectorAll('#paste-records button.record').length === n, records.length);
    const codes = records.flatMap((r) => [r.source?.code, r.target?.code]).filter(Boolean);
    log(`paste ${file} (${lang}): ${records.length} records: ${[...new Set(codes)].join(' ')}`);
    check(records.length > 0, `${file} coded to no records`);
    const known = codes.find((c) => prefixes.some((prefix) => c.startsWith(prefix)));
    check(known, `no ${prefixes.join('/')} actor among ${codes.join(' ')}`);
    const listed = await page.textContent('#paste-records');
    check(listed.includes(known), `the listed records do not show ${known}`);
    const pastedMark = await markedEvidence(page, '#paste-document');
    check(pastedMark === evidenceText(records[0]),
      `marked "${pastedMark}" in the pasted text, the evidence is "${evidenceText(records[0])}"`);
    // Choosing another result marks its evidence.
    if (records.length > 1) {
      await page.locator('#paste-records button.record').nth(1).click();
      await page.waitForFunction((id) => document.querySelector('#paste-document').dataset.record === id,
        records[1].id);
      check(await markedEvidence(page, '#paste-document') === evidenceText(records[1]),
        'the second pasted record does not mark its evidence');
    }
    return records;
  }
  await paste('tests/gold/nl/syrie-douma-2018-04-09.nl.txt', 'nl', '2018-04-09', ['SYR']);
  await page.locator('#paste-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'paste.png'), fullPage: true });
  await page.locator('#paste-panel').screenshot({ path: join(shots, 'paste-panel.png') });
  await paste('tests/gold/en/idlib-2020-02-11.en.txt', 'en', '2020-02-11', ['SYR', 'TUR']);

  // An empty text is refused by the page without a request.
  await page.fill('#paste-text', '   ');
  await page.click('#paste-submit');
  check(/paste a text/i.test(await page.textContent('#paste-status')), 'an empty paste is not refused');

  check(problems.length === 0, `the page had problems:\n  ${problems.join('\n  ')}`);
  log(`screenshots in ${shots}`);
}

let status = 0;
try {
  let base = opt.url;
  if (!base) {
    check(opt.kroniek, '--kroniek is required (or --url)');
    const dir = mkdtempSync(join(tmpdir(), 'kroniek-web-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const db = opt.db ? resolve(opt.db) : codeExamples(dir);
    base = await startServer(db);
  }
  await testDashboard(base.endsWith('/') ? base : `${base}/`);
  log('ok');
} catch (error) {
  console.error(`web: FAIL: ${error instanceof Failure ? error.message : error.stack}`);
  status = 1;
} finally {
  await cleanup();
}
process.exit(status);

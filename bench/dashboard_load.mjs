// How long the dashboard takes to show everything, in Debian's Chromium, on a
// store that `kroniek serve` already serves: from navigation until the map,
// timeline, network and records are drawn (body[data-loaded]), then after a
// filter. Prints the median of the runs. BENCHMARKS.md gives the command.
//
// node bench/dashboard_load.mjs --url http://127.0.0.1:8080/ [--runs 5]
//      [--npm .cache/npm/node_modules] [--chromium /usr/bin/chromium]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '5' },
    npm: { type: 'string', default: resolve(new URL('../.cache/npm/node_modules', import.meta.url).pathname) },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
if (!opt.url) {
  console.error('dashboard_load: --url of a running `kroniek serve` is needed');
  process.exit(2);
}
const { chromium } = createRequire(resolve(opt.npm, 'x.js'))('playwright-core');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: opt.chromium,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const open = [];
  const filtered = [];
  for (let run = 0; run < Number(opt.runs); run++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const start = performance.now();
    await page.goto(opt.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 120000 });
    open.push(performance.now() - start);
    // A filter refetches every view: the records of one root.
    await page.evaluate(() => delete document.body.dataset.loaded);
    await page.selectOption('#f-root', '19');
    const again = performance.now();
    await page.click('#apply');
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 120000 });
    filtered.push(performance.now() - again);
    await page.close();
  }
  const markers = await (async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(opt.url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 120000 });
    const count = await page.evaluate(() => document.querySelector('#map').dataset.markers);
    await page.close();
    return count;
  })();
  console.log(`dashboard_load: ${opt.runs} runs, ${markers} map markers`);
  console.log(`  open the page, all views drawn: ${median(open).toFixed(0)} ms (median)`);
  console.log(`  filter root=19, all views drawn again: ${median(filtered).toFixed(0)} ms (median)`);
} finally {
  await browser.close();
}

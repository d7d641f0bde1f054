// End-to-end, what every test file here shares: the example pages in Debian's Chromium, driven as a person would
// (mouse, keyboard, phone width, languages), plus accessibility (axe-core),
// strict CSP, network, subpath, double inclusion, no-JS fallback, hostile data,
// and visual regressions against reference screenshots.
//
// Each *.test.mjs here is run by `npm test` (node --test), in its own process
// with its own browser (the hooks below). Time is frozen with the `submitted`
// attribute, never by mocking Date — except for the coverage chart, which
// follows the real clock by design ("now" is marked on it): its tests fix the
// page's clock with Playwright's `page.clock`. The visitor's zone is set by
// Playwright's timezoneId.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
export const DESKTOP = { width: 1280, height: 900 };
/** The built-in catalog (src/catalog/default.json), and the languages the widget speaks: its. */
export const CATALOG = JSON.parse(readFileSync(new URL('../../src/catalog/default.json', import.meta.url), 'utf8'));
export const LANGUAGES = CATALOG.languages;
export const PHONE = { width: 375, height: 740 };
const REFERENCE_DIR = new URL('./reference/', import.meta.url);
const OUTPUT_DIR = new URL('../../test-results/', import.meta.url);

/** The browser and the example site every test file shares (live bindings). */
export let browser;
export let site;

before(async () => {
  site = await startServer({ root: 'www' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/** The browser contexts `open` made that the test running has not closed. */
const contexts = new Set();

// Whatever a test does (an assertion that fails included), its contexts are
// closed after it: none outlives its test.
afterEach(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  contexts.clear();
});

/** Opens a page; collects console errors and requests. `prepare(page)` runs before it loads. */
export async function open(url, { viewport = DESKTOP, colorScheme = 'light', javaScriptEnabled = true, timezoneId = 'Europe/Paris', locale = 'fr-FR', now, prepare } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled, timezoneId, locale });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(new Date(now));
  if (prepare) await prepare(page);
  const errors = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, context, errors, requests };
}

/** Waits until `check()` (on this side) holds, `ms` at most, polling every 20 ms; fails naming `what`. */
export async function eventually(check, what, ms = 5000) {
  for (const start = Date.now(); !(await check()); ) {
    if (Date.now() - start > ms) assert.fail(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the widget has rendered its deadline with the author's documents (no longer aria-busy). */
export async function ready(page, selector = 'sla-calculator') {
  await page.locator(`${selector} time[datetime]`).first().waitFor({ timeout: 15000 });
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((el) => !el.hasAttribute('aria-busy')), selector, { timeout: 15000 });
}

/** Waits until the (first) widget is shown in the language `code`. */
export async function shownIn(page, code, timeout = 30000) {
  await page.waitForFunction((c) => document.querySelector('sla-calculator').shadowRoot?.querySelector('[part=base]')?.lang === c, code, { timeout });
}

export const deadline = (page, selector = 'sla-calculator') =>
  page.locator(`${selector} time[datetime]`).first().getAttribute('datetime');

export async function freeze(page, submitted, selector = 'sla-calculator') {
  await page.locator(selector).first().evaluate((el, value) => el.setAttribute('submitted', value), submitted);
}

/** An init script: every deadline the widget shows, from its first frame, in `window.deadlinesShown`. */
export function recordDeadlines() {
  window.deadlinesShown = [];
  const poll = () => {
    const shown = document.querySelector('sla-calculator')?.shadowRoot?.querySelector('[part=deadline] time[datetime]')?.getAttribute('datetime');
    if (shown && window.deadlinesShown.at(-1) !== shown) window.deadlinesShown.push(shown);
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Chooses a case with the mouse, as a visitor would. */
export async function chooseCase(page, { tier, region, priority }) {
  const host = page.locator('sla-calculator');
  await host.locator('select[name=tier]').selectOption(tier);
  await host.locator('select[name=region]').selectOption(region);
  await host.locator('select[name=priority]').selectOption(priority);
}

export async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
}

/** Compares a screenshot with its reference (tolerance: 0.5% of pixels). */
export async function matchesReference(name, png) {
  await mkdir(OUTPUT_DIR, { recursive: true });
  await writeFile(new URL(`${name}.png`, OUTPUT_DIR), png);
  const reference = new URL(`${name}.png`, REFERENCE_DIR);
  if (!existsSync(reference)) {
    // A missing reference is a failure, on every machine: a new one is
    // written only when asked for (and then looked at before committing).
    if (!process.env.SLA_WRITE_REFERENCES) {
      assert.fail(`no reference screenshot ${name}.png: look at test-results/${name}.png, then SLA_WRITE_REFERENCES=1 npm test writes it`);
    }
    await mkdir(REFERENCE_DIR, { recursive: true });
    await writeFile(reference, png);
    return;
  }
  const expected = PNG.sync.read(await readFile(reference));
  const actual = PNG.sync.read(png);
  assert.equal(`${actual.width}x${actual.height}`, `${expected.width}x${expected.height}`, `${name}: size changed`);
  const diff = new PNG({ width: expected.width, height: expected.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.2 });
  await writeFile(new URL(`${name}.diff.png`, OUTPUT_DIR), PNG.sync.write(diff));
  const ratio = changed / (expected.width * expected.height);
  assert.ok(ratio < 0.005, `${name}: ${(ratio * 100).toFixed(2)}% of pixels differ (see test-results/${name}.diff.png)`);
}

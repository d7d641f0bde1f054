// End-to-end: the example pages in Debian's Chromium, driven as a person would
// (mouse, keyboard, phone width, languages), plus accessibility (axe-core),
// strict CSP, network, subpath, double inclusion, no-JS fallback, hostile data,
// and visual regressions against reference screenshots.
//
// Run by `npm test` (node --test). Time is frozen with the `submitted`
// attribute, never by mocking Date — except for the coverage chart, which
// follows the real clock by design ("now" is marked on it): its tests fix the
// page's clock with Playwright's `page.clock`. The visitor's zone is set by
// Playwright's timezoneId.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };
const REFERENCE_DIR = new URL('./reference/', import.meta.url);
const OUTPUT_DIR = new URL('../../test-results/', import.meta.url);

let browser;
let site;

before(async () => {
  site = await startServer({ root: 'www' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/** Opens a page; collects console errors and requests. `prepare(page)` runs before it loads. */
async function open(url, { viewport = DESKTOP, colorScheme = 'light', javaScriptEnabled = true, timezoneId = 'Europe/Paris', locale = 'fr-FR', now, prepare } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled, timezoneId, locale });
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

/** Waits until the widget has rendered its deadline with the author's documents (no longer aria-busy). */
async function ready(page, selector = 'sla-calculator') {
  await page.locator(`${selector} time[datetime]`).first().waitFor({ timeout: 15000 });
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((el) => !el.hasAttribute('aria-busy')), selector, { timeout: 15000 });
}

const deadline = (page, selector = 'sla-calculator') =>
  page.locator(`${selector} time[datetime]`).first().getAttribute('datetime');

async function freeze(page, submitted, selector = 'sla-calculator') {
  await page.locator(selector).first().evaluate((el, value) => el.setAttribute('submitted', value), submitted);
}

/** An init script: every deadline the widget shows, from its first frame, in `window.deadlinesShown`. */
function recordDeadlines() {
  window.deadlinesShown = [];
  const poll = () => {
    const shown = document.querySelector('sla-calculator')?.shadowRoot?.querySelector('[part=deadline] time[datetime]')?.getAttribute('datetime');
    if (shown && window.deadlinesShown.at(-1) !== shown) window.deadlinesShown.push(shown);
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Chooses a case with the mouse, as a visitor would. */
async function chooseCase(page, { tier, region, priority }) {
  const host = page.locator('sla-calculator');
  await host.locator('select[name=tier]').selectOption(tier);
  await host.locator('select[name=region]').selectOption(region);
  await host.locator('select[name=priority]').selectOption(priority);
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
}

/** Compares a screenshot with its reference (tolerance: 0.5% of pixels). */
async function matchesReference(name, png) {
  await mkdir(OUTPUT_DIR, { recursive: true });
  await writeFile(new URL(`${name}.png`, OUTPUT_DIR), png);
  const reference = new URL(`${name}.png`, REFERENCE_DIR);
  if (!existsSync(reference)) {
    if (process.env.CI) assert.fail(`no reference screenshot ${name}.png (run npm test locally and look at test-results/)`);
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

describe('a visitor on the example page', () => {
  test('finds tier, region and priority with the mouse and reads the deadline in their own time', async () => {
    const { page, context, errors } = await open(site.url);
    await ready(page);
    await freeze(page, '2026-03-27T16:30:00Z');
    await chooseCase(page, { tier: 'business', region: 'emea', priority: 'P2' });
    // Friday 17:30 CET in Paris → the 2 h clock runs Monday 09:00–11:00 CEST.
    assert.equal(await deadline(page), '2026-03-30T09:00:00Z');
    const due = await page.locator('sla-calculator .due').textContent();
    assert.match(due, /lundi 30 mars 2026/);
    assert.match(due, /11:00/);
    assert.match(await page.locator('sla-calculator [part=explanation]').textContent(), /en dehors des heures d’ouverture/);
    // The choice is reflected on the element for the page to read.
    assert.equal(await page.locator('sla-calculator').getAttribute('region'), 'emea');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('does the same with the keyboard only', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    await freeze(page, '2026-01-16T15:00:00Z');
    // Tab from the page's own controls into the widget's first control.
    await page.locator('sla-calculator select[name=tier]').focus();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SLA-CALCULATOR');
    await page.keyboard.press('Tab'); // region
    await page.keyboard.press('Home'); // americas
    await page.keyboard.press('ArrowDown'); // emea
    await page.keyboard.press('Tab'); // priority
    await page.keyboard.press('Home'); // P1
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // P3
    const host = page.locator('sla-calculator');
    assert.equal(await host.getAttribute('region'), 'emea');
    assert.equal(await host.getAttribute('priority'), 'P3');
    // The visitor is in Paris (EMEA, local time): Friday 16:00–17:00 CET, then
    // Monday 19 January 09:00–12:00 CET → 11:00Z. Business P3 is 4 h.
    assert.equal(await deadline(page), '2026-01-19T11:00:00Z');
    // "Now" with the keyboard: the submission follows the clock again.
    await page.locator('sla-calculator button[name=now]').focus();
    await page.keyboard.press('Enter');
    assert.equal(await host.getAttribute('submitted'), null);
    await page.locator('sla-calculator [part=countdown]').waitFor();
    await context.close();
  });

  test('switches language with the page buttons', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('sla-calculator h2', { hasText: 'When will support answer?' }).waitFor();
    await page.getByRole('button', { name: '日本語' }).click();
    await page.locator('sla-calculator h2', { hasText: 'サポートはいつ回答しますか？' }).waitFor();
    assert.match(await page.locator('sla-calculator [part=base] .comparison caption').textContent(), /サポートレベルの比較/);
    await context.close();
  });

  // What sticks out of the widget's box, what scrolls sideways inside it
  // (visually hidden text aside: it is clipped to one pixel on purpose), and
  // where it is narrow (a phone: fingers), the controls smaller than a 24 px
  // touch target.
  const layoutFaults = (host, narrow) => {
    const box = host.getBoundingClientRect();
    const name = (el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${el.closest('[part]') ? ` in ${el.closest('[part]').getAttribute('part')}` : ''}`;
    const faults = [];
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > box.right + 1.5 || r.left < box.left - 1.5) faults.push(`${name(el)} sticks out (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') faults.push(`${name(el)} scrolls sideways (${el.scrollWidth} in ${el.clientWidth})`);
      if (narrow && el.matches('button, select, input, summary') && (r.height < 24 || r.width < 24)) faults.push(`${name(el)} is a ${Math.round(r.width)}×${Math.round(r.height)} px target`);
    }
    const page = document.documentElement.scrollWidth - window.innerWidth;
    if (page > 0) faults.push(`the page scrolls sideways by ${page} px`);
    return faults;
  };

  for (const width of [360, 1280]) {
    test(`at ${width} px nothing scrolls sideways or sticks out of the widget, in three languages, four tiers shown`, async () => {
      // A visitor in India (Chromium names its zone Asia/Calcutta) with all
      // four tiers side by side: the widest the widget gets. Below 36rem of
      // its own width, each table row stacks, its cells beside their
      // column's name, the chosen tier's first.
      const { page, context, errors } = await open(site.url, { viewport: { width, height: 780 }, timezoneId: 'Asia/Kolkata', locale: 'en-IN' });
      try {
        await ready(page);
        const host = page.locator('sla-calculator');
        await host.evaluate((el) => { el.setAttribute('tiers', 'online business enterprise elite'); el.setAttribute('tier', 'enterprise'); });
        for (const lang of ['fr', 'en', 'ja']) {
          await host.evaluate((el, l) => el.setAttribute('lang', l), lang);
          await ready(page);
          assert.deepEqual(await host.evaluate(layoutFaults, width < 600), [], `${lang} at ${width} px`);
        }
        const stacked = await host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[part=comparison] thead')).display === 'none');
        assert.equal(stacked, width === 360, 'rows stack only where the widget is narrow');
        if (width === 360) {
          // Under each feature, the chosen tier's value first, beside its name.
          const rows = await host.evaluate((el) => [...el.shadowRoot.querySelectorAll('[part=comparison] tr[data-feature]')].map((tr) => {
            const top = (td) => td.getBoundingClientRect().top;
            const cells = [...tr.querySelectorAll('td')];
            const chosen = tr.querySelector('td.selected');
            return { first: cells.every((td) => top(chosen) <= top(td)), label: chosen.getAttribute('data-label'), shown: getComputedStyle(chosen, '::before').content };
          }));
          const chosenName = await host.evaluate((el) => el.shadowRoot.querySelector('[part=comparison] thead th.selected').firstChild.textContent);
          assert.ok(rows.length > 10 && rows.every((r) => r.first && r.label === chosenName && r.shown === `"${chosenName}"`), JSON.stringify(rows[0]));
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['fr', 'en', 'ja']) {
      test(`axe finds no violation (${lang}, ${colorScheme}, several states)`, async () => {
        const { page, context } = await open(site.url, { colorScheme });
        await ready(page);
        const host = page.locator('sla-calculator');
        await host.evaluate((el, l) => el.setAttribute('lang', l), lang);
        await freeze(page, '2026-05-01T08:00:00Z');
        for (const state of [{}, { region: 'japan', priority: 'P2' }, { region: 'mars' }, { tiers: 'online business enterprise elite', tier: 'elite' }]) {
          for (const [name, value] of Object.entries(state)) await host.evaluate((el, [n, v]) => el.setAttribute(n, v), [name, value]);
          await ready(page);
          assert.deepEqual(await axe(page), [], `${lang} ${colorScheme} ${JSON.stringify(state)}`);
        }
        await context.close();
      });
    }
  }

  for (const { width, colorScheme, forced } of [
    { width: 360, colorScheme: 'light' },
    { width: 360, colorScheme: 'dark' },
    { width: 360, colorScheme: 'dark', forced: true },
    { width: 1280, colorScheme: 'light', forced: true },
  ]) {
    test(`axe finds no violation at ${width} px, ${colorScheme}${forced ? ', forced colours: the chosen tier and "now" still show' : ''}`, async () => {
      const { page, context } = await open(site.url, { viewport: { width, height: 780 }, colorScheme, now: '2026-11-20T09:00:00Z' });
      try {
        if (forced) await page.emulateMedia({ forcedColors: 'active', colorScheme });
        await ready(page);
        const host = page.locator('sla-calculator');
        await host.evaluate((el) => { el.setAttribute('tiers', 'online business enterprise elite'); el.setAttribute('tier', 'elite'); });
        await ready(page);
        assert.deepEqual(await axe(page), [], `${width} px ${colorScheme}${forced ? ' forced' : ''}`);
        if (forced) {
          // Backgrounds are the reader's there: the chosen tier is outlined,
          // and the "now" mark is drawn in the reader's text colour.
          const shown = await host.evaluate((el) => {
            const root = el.shadowRoot;
            const cell = getComputedStyle(root.querySelector('[part=comparison] td.selected'));
            return {
              outline: cell.outlineStyle,
              now: getComputedStyle(root.querySelector('[part=coverage] g.now line')).stroke,
              text: getComputedStyle(root.querySelector('[part=base]')).color,
              background: getComputedStyle(el).backgroundColor,
            };
          });
          assert.equal(shown.outline, 'solid');
          assert.equal(shown.now, shown.text);
          assert.notEqual(shown.now, shown.background);
        }
      } finally {
        await context.close();
      }
    });
  }

  test('the deadline is announced through a polite live region after a change', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    await page.locator('sla-calculator select[name=priority]').selectOption('P3');
    const status = page.locator('sla-calculator [role=status]');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.match(await status.textContent(), /Première réponse au plus tard le/);
    await context.close();
  });
});

describe('embedding', () => {
  test('works under a strict CSP with zero console errors', async () => {
    const strict = await startServer({ root: 'www', csp: true });
    const { page, context, errors } = await open(strict.url);
    await ready(page);
    await page.locator('sla-calculator select[name=priority]').selectOption('P4');
    assert.ok(await deadline(page));
    // The widget's stylesheet applied (a linked file, allowed by style-src 'self').
    const radius = await page.locator('sla-calculator .calculator').evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.equal(radius, '8px');
    assert.deepEqual(errors, []);
    await context.close();
    strict.server.close();
  });

  test('requests nothing but its own files', async () => {
    const { page, context, requests } = await open(site.url);
    await ready(page);
    const origin = new URL(site.url).origin;
    const foreign = requests.filter((url) => !url.startsWith(origin));
    assert.deepEqual(foreign, []);
    const files = requests.map((url) => new URL(url).pathname).sort();
    for (const own of ['/dist/sla-calculator.js', '/dist/wasm/sla_calculator.js', '/dist/wasm/sla_calculator_bg.wasm', '/dist/sla-calculator.css']) {
      assert.ok(files.includes(own), `${own} was loaded`);
    }
    // The example page passes extra holidays, compiled (sla compile): no JSON
    // reader comes for them.
    assert.ok(files.includes('/catalogs/extra-holidays.bin'), 'the compiled holidays were loaded');
    assert.ok(!files.some((file) => file.includes('sla_reader')), files.join(' '));
    await context.close();
  });

  test("the words of the element's language come with the WebAssembly, and no other", async () => {
    // The example element says lang="fr"; this visitor's browser speaks English.
    const { page, context, requests, errors } = await open(site.url, { locale: 'en-US' });
    await ready(page);
    const words = requests.map((url) => new URL(url).pathname).filter((path) => path.includes('/lang/'));
    assert.deepEqual(words, ['/dist/lang/fr.bin']);
    assert.equal(await page.locator('sla-calculator [part=base]').getAttribute('lang'), 'fr');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("words that cannot be fetched: English, said in the reader's language, until another language is chosen", async () => {
    const { page, context } = await open(`${site.url}double-script.html`, {
      locale: 'en-US',
      prepare: (p) => p.route('**/dist/lang/ja.bin', (route) => route.fulfill({ status: 404, body: 'not found' })),
    });
    await ready(page);
    const host = page.locator('sla-calculator').first();
    await host.evaluate((el) => el.setAttribute('lang', 'ja'));
    // The widget stays whole, in English, and says why in Japanese (rules §5.1).
    const notice = host.locator('[part=base] [part=notice][lang=ja]');
    await notice.waitFor();
    assert.equal(await notice.innerText(), '計算ツールの日本語の文言を読み込めなかったため、英語で表示しています。');
    assert.equal(await host.locator('[part=base]').getAttribute('lang'), 'en');
    assert.equal(await host.locator('[part=base] [part=comparison] caption').innerText(), 'Support tiers compared');
    // Back to English: no notice.
    await host.evaluate((el) => el.setAttribute('lang', 'en'));
    await page.waitForFunction(() => !document.querySelector('sla-calculator').shadowRoot.querySelector('[part=notice][lang=ja]'));
    await ready(page);
    await context.close();
  });

  test("the built-in catalog's words come only in the languages shown, once each", async () => {
    const { page, context, requests, errors } = await open(`${site.url}double-script.html`, { locale: 'en-US' });
    await ready(page);
    const words = () => requests.map((url) => new URL(url).pathname).filter((path) => path.includes('/lang/'));
    const host = page.locator('sla-calculator').first();
    const lang = await host.evaluate((el) => el.shadowRoot.querySelector('[part=base]').lang);
    assert.deepEqual(words(), [`/dist/lang/${lang}.bin`], 'the language shown, no other');
    // Switching to Japanese fetches Japanese, and the tables speak it.
    await host.evaluate((el) => el.setAttribute('lang', 'ja'));
    await page.waitForFunction(() => document.querySelector('sla-calculator').shadowRoot.querySelector('[part=base]')?.lang === 'ja');
    await ready(page);
    assert.equal(await host.locator('[part=base] [part=comparison] caption').innerText(), 'サポートレベルの比較');
    assert.match(await host.locator('[part=base] [part=comparison] tbody th[scope=rowgroup]').first().innerText(), /専任エキスパート/);
    assert.deepEqual(words(), [`/dist/lang/${lang}.bin`, '/dist/lang/ja.bin']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a page without its own catalog or holidays never downloads the catalog reader', async () => {
    const { page, context, requests, errors } = await open(`${site.url}double-script.html`);
    await ready(page);
    await page.waitForTimeout(300);
    const files = requests.map((url) => new URL(url).pathname);
    assert.ok(files.includes('/dist/wasm/sla_calculator_bg.wasm'), files.join(' '));
    assert.ok(!files.some((file) => file.includes('sla_reader')), files.join(' '));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('works from a subpath, with the script included twice', async () => {
    const docs = await startServer({ root: 'www', prefix: '/docs/v2/' });
    const { page, context, errors } = await open(`${docs.url}double-script.html`);
    await ready(page);
    // Friday 18 September 17:00 JST, Business P3: Silver Week → Thursday 24th 12:30 JST.
    assert.equal(await deadline(page), '2026-09-24T03:30:00Z');
    assert.equal(await page.locator('sla-calculator').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
    docs.server.close();
  });

  test('two widgets on one page, one with a custom catalog', async () => {
    const { page, context, errors } = await open(`${site.url}two-widgets.html`);
    await ready(page, '#builtin');
    await page.locator('#custom th[data-tier=premium]').first().waitFor();
    assert.match(await page.locator('#custom h2').textContent(), /サポート/);
    assert.match(await page.locator('#builtin h2').textContent(), /When will support answer/);
    await page.locator('#builtin select[name=priority]').selectOption('P3');
    assert.match(await page.locator('#last-change').textContent(), /\(builtin\): enterprise \/ americas \/ P3 → 20\d\d-/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('without JavaScript the static tables are shown; with it, the widget replaces them', async () => {
    const noScript = await open(site.url, { javaScriptEnabled: false });
    const caption = noScript.page.locator('.sla-static caption').first();
    assert.ok(await caption.isVisible());
    assert.equal(await caption.textContent(), 'Comparaison des niveaux d’assistance');
    assert.match(await noScript.page.locator('.sla-static').textContent(), /Jours ouvrables \/ 3 jours/);
    // Each tier's services too, each opening its description, as in the widget (issue 25).
    const forums = noScript.page.locator('.sla-static [data-service] details').filter({ hasText: 'Forums en ligne' }).first();
    assert.equal(await forums.locator('p').first().isVisible(), false);
    await forums.locator('summary').click();
    assert.match(await forums.locator('p').first().textContent(), /^Accès en ligne permanent/);
    assert.equal(await noScript.page.locator('.sla-static .services h3').count(), 2);
    await noScript.context.close();

    // On a phone (360 px) nothing scrolls sideways: each row stacks, each
    // tier's value beside the tier's name, "Non inclus" in words (issue 25).
    const phone = await open(site.url, { javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const widths = await phone.page.locator('.sla-static .scroll').evaluateAll((boxes) => boxes.map((box) => [box.scrollWidth, box.clientWidth]));
    assert.equal(widths.length, 2);
    for (const [scroll, client] of widths) assert.ok(scroll <= client, `${scroll} > ${client}`);
    assert.equal(await phone.page.evaluate(() => document.documentElement.scrollWidth), 360);
    const cell = phone.page.locator('.sla-static tr[data-feature=account_support_lead] td').first();
    assert.equal(await cell.evaluate((td) => getComputedStyle(td, '::before').content), '"Assistance en ligne"');
    assert.ok(await cell.getByText('Non inclus').isVisible());
    await phone.context.close();

    const withScript = await open(site.url);
    await ready(withScript.page);
    assert.equal(await withScript.page.locator('.sla-static').first().isVisible(), false);
    await withScript.context.close();
  });
});

describe('hostile data', () => {
  test('markup in every catalog string is shown as text and never runs', async () => {
    const { page, context, errors } = await open(site.url);
    await ready(page);
    const shown = await page.evaluate(async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const catalog = await (await fetch('catalogs/acme.json')).json();
      const poison = (value) => {
        if (typeof value === 'string') return value + hostile;
        if (Array.isArray(value)) return value.map(poison);
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ['id', 'zone', 'clock', 'opens', 'closes', 'date', 'countries', 'holidays_until', 'languages', 'default_tiers', 'schema'].includes(k) || k === 'targets' || k === 'values' ? v : poison(v)]));
        }
        return value;
      };
      const el = document.querySelector('sla-calculator');
      el.removeAttribute('holidays'); // the page's extra holidays name regions acme.json does not have
      el.catalog = poison(catalog);
      // The catalog reader loads first (a second module): wait for the
      // poisoned catalog to show, five seconds at most.
      for (let waited = 0; waited < 5000 && !el.shadowRoot.querySelector('.comparison thead')?.textContent.includes('<img'); waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
      }
      return {
        pwned: window.__pwned ?? null,
        imgs: el.shadowRoot.querySelectorAll('img, script').length,
        text: el.shadowRoot.querySelector('.comparison caption').textContent + el.shadowRoot.querySelector('.comparison thead').textContent,
      };
    });
    assert.equal(shown.pwned, null);
    assert.equal(shown.imgs, 0);
    assert.match(shown.text, /<img src=x onerror=/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a value quoted in a catalog problem shows as it is: quotes and invisible characters escaped', async () => {
    // The shipped modules are built with `{:?}` turned off (scripts/build.sh):
    // messages quote values themselves. This catalog's default tier is an id
    // with a quote, and a clock name hides a right-to-left override, which
    // would reverse the rest of the message if it were shown raw.
    const { page, context, errors } = await open(site.url);
    await ready(page);
    const shown = await page.evaluate(async () => {
      const catalog = await (await fetch('catalogs/acme.json')).json();
      catalog.default_tiers = ['gold"plan'];
      catalog.tiers[0].targets.sev2.clock = 'business\u202ehours';
      const el = document.querySelector('sla-calculator');
      el.removeAttribute('holidays');
      el.catalog = catalog;
      for (let i = 0; i < 50 && !el.shadowRoot.querySelector('[part=error]'); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return el.shadowRoot.querySelector('[part=error]')?.textContent ?? '';
    });
    assert.ok(shown.includes('unknown tier "gold\\"plan" (expected '), shown);
    assert.ok(shown.includes('unknown clock "business\\u{202e}hours" (expected '), shown);
    assert.ok(!shown.includes('\u202e'), shown);
    assert.ok(errors.some((e) => /catalog could not be loaded/.test(e)), errors.join(' | '));
    await context.close();
  });

  test('catalog = null brings the built-in catalog back', async () => {
    const { page, context, errors } = await open(site.url, { locale: 'en-US' });
    await ready(page);
    const host = page.locator('sla-calculator');
    const tiers = () => host.evaluate((el) => el.shadowRoot.querySelector('.comparison thead').textContent);
    const builtIn = await tiers();
    await host.evaluate(async (el) => {
      el.removeAttribute('holidays'); // the page's extra holidays name regions acme.json does not have
      await el.loadCatalog('catalogs/acme.json');
    });
    assert.match(await tiers(), /Acme/);
    await host.evaluate((el) => { el.catalog = null; });
    await ready(page);
    assert.equal(await tiers(), builtIn);
    assert.equal(await host.evaluate((el) => el.catalog), null);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('holidays that arrive after the page has moved on change nothing', async () => {
    const { page, context, errors } = await open(site.url);
    await ready(page);
    const host = page.locator('sla-calculator');
    await host.locator('select[name=region]').selectOption('emea');
    await freeze(page, '2026-12-23T16:30:00Z');
    // A second holidays URL, slow to come; the page removes the attribute meanwhile.
    await page.route('**/catalogs/extra-holidays.bin?slow', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await host.evaluate((el) => {
      el.setAttribute('holidays', 'catalogs/extra-holidays.bin?slow');
      el.removeAttribute('holidays');
    });
    await page.waitForTimeout(1500);
    await ready(page);
    // Without the page's Christmas Eve: Thursday 24th 11:00 CET (see below), not Monday 28th.
    assert.equal(await deadline(page), '2026-12-24T10:00:00Z');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a WebAssembly that cannot be fetched leaves the page\'s fallback and says why', async () => {
    const { page, context, errors } = await open(site.url, {
      prepare: async (p) => {
        await p.route('**/dist/wasm/sla_calculator_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
        await p.addInitScript(() => {
          window.slaErrors = [];
          document.addEventListener('sla-error', (event) => window.slaErrors.push(event.detail.message));
        });
      },
    });
    await page.waitForFunction(() => window.slaErrors.length > 0, null, { timeout: 15000 });
    assert.match((await page.evaluate(() => window.slaErrors))[0], /cannot load the widget/);
    // The static tables pasted inside the element stay for the reader.
    assert.ok(await page.locator('sla-calculator table').count() > 0);
    assert.ok(errors.some((e) => /cannot load the widget/.test(e)), errors.join(' | '));
    assert.ok(!errors.some((e) => /Uncaught|unhandled/i.test(e)), errors.join(' | '));
    await context.close();
  });

  test('a broken catalog URL shows an error in the widget, not a blank box', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    const rejected = await page.evaluate(() => document.querySelector('sla-calculator').loadCatalog('catalogs/missing.json').then(() => null, (e) => e.message));
    assert.match(rejected, /HTTP 404/);
    assert.match(await page.locator('sla-calculator [part=error]').textContent(), /catalogs\/missing.json: HTTP 404/);
    await context.close();
  });
});

describe('taking the answer away', () => {
  test('the link to the answer reopens the same deadline for a visitor elsewhere', async () => {
    const { page, context, errors } = await open(site.url);
    await ready(page);
    const host = page.locator('sla-calculator');
    await chooseCase(page, { tier: 'business', region: 'emea', priority: 'P2' });
    await freeze(page, '2026-03-27T16:30:00Z');
    // The spec example: Monday 30 March 2026, 09:00Z (11:00 in Paris).
    assert.equal(await deadline(page), '2026-03-30T09:00:00Z');
    await host.locator('a.share').click();
    const shared = page.url();
    assert.match(shared, /#sla=calculator&tier=business&region=emea&priority=P2&submitted=2026-03-27T16%3A30%3A00Z&zone=Europe%2FParis$/);
    assert.deepEqual(errors, []);
    await context.close();
    // In London, EMEA hours would be read in London time (10:00Z); the link
    // carries the zone the answer used, so the visitor gets the same deadline.
    const london = await open(shared, { timezoneId: 'Europe/London', locale: 'en-GB' });
    await ready(london.page);
    assert.equal(await deadline(london.page), '2026-03-30T09:00:00Z');
    assert.equal(await london.page.locator('sla-calculator').getAttribute('region'), 'emea');
    assert.deepEqual(london.errors, []);
    await london.context.close();
  });

  test('"add to my calendar" downloads an .ics event at the deadline', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    await freeze(page, '2026-03-27T16:30:00Z');
    const host = page.locator('sla-calculator');
    await host.evaluate((el) => { el.setAttribute('region', 'emea'); el.setAttribute('tier', 'business'); el.setAttribute('priority', 'P2'); });
    const due = await deadline(page);
    const [download] = await Promise.all([page.waitForEvent('download'), host.locator('a.calendar').click()]);
    assert.equal(download.suggestedFilename(), 'sla-deadline.ics');
    const file = await readFile(await download.path(), 'utf8');
    // Unfold (RFC 5545 §3.1) and read DTSTART back: the deadline, in UTC basic form.
    const lines = file.split('\r\n').reduce((out, line) => (line.startsWith(' ') ? (out[out.length - 1] += line.slice(1)) : out.push(line), out), []);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.find((l) => l.startsWith('DTSTART:')), `DTSTART:${due.replace(/[-:]/g, '')}`);
    const tierName = await host.locator('select[name=tier] option:checked').textContent();
    assert.ok(lines.find((l) => l.startsWith('SUMMARY:')).includes(tierName), tierName);
    await context.close();
  });

  test('printing keeps the answer and drops what paper cannot use', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.locator(`sla-calculator ${selector}`).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    assert.equal(await shown('.due'), true);
    assert.equal(await shown('.explanation'), true);
    assert.equal(await shown('.countdown'), false);
    assert.equal(await shown('.take-away'), false);
    assert.equal(await shown('button[name=now]'), false);
    await context.close();
  });
});

describe("an author's extra holidays", () => {
  test('the example page adds Christmas Eve to EMEA, France adds Christmas, and the explanation names both', async () => {
    const { page, context, errors } = await open(site.url);
    await ready(page);
    const host = page.locator('sla-calculator');
    await host.locator('select[name=region]').selectOption('emea');
    await freeze(page, '2026-12-23T16:30:00Z');
    // Paris, CET: Wednesday 23 December 17:30, after EMEA's 17:00 closing;
    // Thursday 24th is the company's Christmas Eve closure (the page's extra
    // list), Friday 25th France's Christmas Day (a public holiday of the
    // visitor's country), so Monday 28th 09:00–11:00 CET.
    assert.equal(await deadline(page), '2026-12-28T10:00:00Z');
    const explanation = await host.locator('.explanation').textContent();
    assert.match(explanation, /Veille de Noël/);
    assert.match(explanation, /\(Noël\)/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the first deadline shown already counts the page\'s holidays: one render, never a deadline that moves', async () => {
    // Now is Wednesday 23 December 2026, 17:30 in Paris (EMEA, the visitor's
    // region): without the page's Christmas Eve the P2 deadline would be
    // Thursday 24th 11:00 CET (10:00Z); with it, Monday 28th 10:00Z (see above).
    const { page, context, errors } = await open(site.url, {
      now: '2026-12-23T16:30:00Z',
      prepare: (p) => p.addInitScript(recordDeadlines),
    });
    await ready(page);
    assert.equal(await deadline(page), '2026-12-28T10:00:00Z');
    assert.deepEqual(await page.evaluate(() => window.deadlinesShown), ['2026-12-28T10:00:00Z']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('while the holidays are on their way the deadline is marked busy, then moves', async () => {
    // Hold the page's holidays document until the first deadline is shown
    // (the widget waits for them a moment, then shows the deadline without them).
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const { page, context } = await open(site.url, {
      prepare: (p) => p.route('**/catalogs/extra-holidays.bin', async (route) => { await held; await route.continue(); }),
    });
    const host = page.locator('sla-calculator');
    await host.locator('time[datetime]').first().waitFor();
    await host.locator('select[name=region]').selectOption('emea');
    await freeze(page, '2026-12-23T16:30:00Z');
    // Without the page's Christmas Eve, EMEA opens again on Thursday 24th
    // 09:00 CET, so P2's two business hours end at 11:00 CET = 10:00Z; the
    // element says this is not final yet.
    assert.equal(await deadline(page), '2026-12-24T10:00:00Z');
    assert.equal(await host.getAttribute('aria-busy'), 'true');
    const dimmed = await host.locator('.due').evaluate((el) => getComputedStyle(el).opacity);
    assert.ok(Number(dimmed) < 1, `opacity ${dimmed}`);
    release();
    await ready(page);
    // With it, Monday 28th (see the test above).
    assert.equal(await deadline(page), '2026-12-28T10:00:00Z');
    assert.equal(await host.getAttribute('aria-busy'), null);
    await context.close();
  });

  test('a holidays URL that cannot be fetched: the deadline without them, marked and explained, never silently', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    const errors = page.evaluate(() => new Promise((resolve) => document.addEventListener('sla-error', (event) => resolve(event.detail.message), { once: true })));
    await page.locator('sla-calculator').evaluate((el) => el.setAttribute('holidays', 'catalogs/missing-holidays.json'));
    assert.match(await errors, /extra holidays catalogs\/missing-holidays.json: HTTP 404/);
    await page.locator('sla-calculator [part=deadline].unconfirmed').waitFor();
    assert.match(await page.locator('sla-calculator .calendar-end').first().textContent(), /propres à cette page n’ont pas pu être chargés/);
    assert.ok(await deadline(page));
    await context.close();
  });
});

describe('coverage across the week, and when to file', () => {
  test('the chart shows each region across the visitor\'s week, now marked, holidays shaded, in words too', async () => {
    // Friday 20 November 2026 10:00 in Paris (09:00Z): the week runs Friday
    // 20th to Thursday 26th, which holds Thanksgiving (a US public holiday:
    // Americas reads Los Angeles) on Thursday 26th and Japan's Labour
    // Thanksgiving Day on Monday 23rd.
    const { page, context, errors } = await open(site.url, { now: '2026-11-20T09:00:00Z' });
    await ready(page);
    const figure = page.locator('sla-calculator [part=coverage]');
    assert.match(await figure.locator('figcaption').textContent(), /sept prochains jours.*heure d’Europe centrale/);
    const labels = await figure.locator('svg text.day-label').allTextContents();
    assert.equal(labels.length, 7);
    assert.match(labels[0], /ven\. 20 nov\./);
    assert.match(labels[6], /jeu\. 26 nov\./);
    // Holidays shaded, named in their tooltip.
    const holidays = await figure.locator('svg rect.holiday title').allTextContents();
    assert.ok(holidays.some((h) => /Labour Thanksgiving|勤労感謝|Fête du travail|travail/.test(h)), holidays.join(' | '));
    assert.ok(holidays.some((h) => /Thanksgiving|Action de grâce/.test(h)), holidays.join(' | '));
    // Now is 10 hours into the week: 10/168 of the chart's width from its left edge.
    const box = await figure.locator('svg').boundingBox();
    const now = await figure.locator('svg g.now line').boundingBox();
    const expected = box.x + box.width * 10 / 168;
    assert.ok(Math.abs(now.x + now.width / 2 - expected) < 2, `now at ${now.x}, expected ${expected}`);
    // Paris is in EMEA: its bars are 09:00–17:00, 8/168 of the width each.
    const emea = figure.locator('svg g.row.selected rect.business');
    const first = await emea.first().boundingBox();
    assert.ok(Math.abs(first.width - box.width * 8 / 168) < 1.5, `${first.width}`);
    assert.ok(Math.abs(first.x - (box.x + box.width * 9 / 168)) < 1.5, `${first.x}`);
    // The same in words, for screen readers.
    const words = await figure.locator('ul.visually-hidden').textContent();
    assert.match(words, /Europe, Moyen-Orient et Afrique \(heure d’Europe centrale\) : heures d’ouverture ven\. 09:00–17:00/);
    assert.match(words, /24x7 : toutes les heures/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the chart stays readable in dark mode', async () => {
    const colours = {};
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await open(site.url, { colorScheme, now: '2026-11-20T09:00:00Z' });
      await ready(page);
      colours[colorScheme] = await page.locator('sla-calculator').evaluate((el) => {
        const root = el.shadowRoot;
        const style = (selector, property) => getComputedStyle(root.querySelector(selector))[property];
        return {
          background: getComputedStyle(el).backgroundColor,
          bar: style('[part=coverage] rect.business', 'fill'),
          label: style('[part=coverage] text.label', 'fill'),
        };
      });
      await context.close();
    }
    assert.notEqual(colours.light.bar, colours.dark.bar);
    assert.notEqual(colours.light.label, colours.dark.label);
    // Bars and labels contrast with the background in each scheme.
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    for (const scheme of ['light', 'dark']) {
      const { background, bar, label } = colours[scheme];
      assert.ok(contrast(bar, background) >= 3, `${scheme} bars: ${bar} on ${background}`);
      assert.ok(contrast(label, background) >= 4.5, `${scheme} labels: ${label} on ${background}`);
    }
  });

  test('the best and worst times to file follow the chosen case', async () => {
    const { page, context, errors } = await open(site.url);
    await ready(page);
    const host = page.locator('sla-calculator');
    await chooseCase(page, { tier: 'business', region: 'emea', priority: 'P2' });
    await freeze(page, '2026-01-12T10:00:00Z');
    // Paris (EMEA read in Paris, 09:00–17:00 CET = 08:00–16:00Z), Monday
    // 12 January 11:00 CET, 2 business hours: filing right away until 15:00
    // gets the answer 2 hours later; the slowest is Friday 15:00:01 to 17:00
    // CET, answered Monday 09:00:01: 66 hours.
    const best = host.locator('[part=filing] .best');
    const worst = host.locator('[part=filing] .worst');
    assert.equal(await best.locator('time').getAttribute('datetime'), '2026-01-12T10:00:00Z');
    assert.match(await best.textContent(), /lun\. 12 janv\. 11:00–15:00.*2 h 0 min plus tard/);
    assert.equal(await worst.locator('time').getAttribute('datetime'), '2026-01-16T14:00:01Z');
    assert.match(await worst.textContent(), /ven\. 16 janv\. 15:00–17:00.*2 j 18 h plus tard/);
    // P1 runs around the clock: the time of filing makes no difference.
    await host.locator('select[name=priority]').selectOption('P1');
    assert.match(await host.locator('[part=filing]').textContent(), /ne change rien.*1 h 0 min après/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the public holidays of the visitor's country (rules §2.4)", () => {
  // Each deadline worked out by hand from that country's calendar (the same
  // cases as tests/public_holidays.rs, where the reasoning is written out).
  const cases = [
    // Mon 7 Dec 2026 17:30 CET, P4 (one business day): Tuesday 8th is the
    // Immaculate Conception in Spain, so Wednesday 9th 09:00–17:00 CET.
    { timezoneId: 'Europe/Madrid', locale: 'es-ES', lang: 'en', region: 'emea', priority: 'P4', submitted: '2026-12-07T16:30:00Z', due: '2026-12-09T16:00:00Z', holiday: /Immaculate Conception/, country: 'ES' },
    // Chromium reports Kolkata as Asia/Calcutta. Thu 1 Oct 2026 16:30 IST, P2:
    // Friday 2nd is Gandhi Jayanti, so Monday 5th 10:30 IST.
    { timezoneId: 'Asia/Kolkata', locale: 'en-IN', lang: 'en', region: 'apac', priority: 'P2', submitted: '2026-10-01T11:00:00Z', due: '2026-10-05T05:00:00Z', holiday: /Gandhi/, country: 'IN' },
    // Wed 23 Sep 2026 16:00 KST, P3 (4 h): Chuseok Thursday and Friday, so
    // Monday 28th 12:00 KST.
    { timezoneId: 'Asia/Seoul', locale: 'ko-KR', lang: 'en', region: 'apac', priority: 'P3', submitted: '2026-09-23T07:00:00Z', due: '2026-09-28T03:00:00Z', holiday: /Chuseok/, country: 'KR' },
    // Mon 25 Jan 2027 16:00 AEDT, P2: Tuesday 26th is Australia Day, so
    // Wednesday 27th 10:00 AEDT.
    { timezoneId: 'Australia/Sydney', locale: 'en-AU', lang: 'en', region: 'apac', priority: 'P2', submitted: '2027-01-25T05:00:00Z', due: '2027-01-26T23:00:00Z', holiday: /Australia Day/, country: 'AU' },
    // The Madrid case in French: the data has no French name for Spain's
    // holidays, so Spain's own.
    { timezoneId: 'Europe/Madrid', locale: 'fr-FR', lang: 'fr', region: 'emea', priority: 'P4', submitted: '2026-12-07T16:30:00Z', due: '2026-12-09T16:00:00Z', holiday: /Inmaculada Concepción/, country: 'ES' },
  ];
  for (const visitor of cases) {
    test(`a visitor in ${visitor.timezoneId} (${visitor.lang}) gets ${visitor.country}'s holidays`, async () => {
      const { page, context, errors, requests } = await open(site.url, { timezoneId: visitor.timezoneId, locale: visitor.locale });
      await page.locator('sla-calculator').evaluate((el, lang) => el.setAttribute('lang', lang), visitor.lang);
      await ready(page);
      await freeze(page, visitor.submitted);
      await chooseCase(page, { tier: 'business', region: visitor.region, priority: visitor.priority });
      assert.equal(await deadline(page), visitor.due);
      assert.match(await page.locator('sla-calculator .explanation').textContent(), visitor.holiday);
      // The visitor's country's file, fetched once; nothing of the world's.
      const files = requests.filter((url) => url.includes('/holidays/'));
      assert.equal(files.filter((url) => url.endsWith(`/holidays/${visitor.country}.bin`)).length, 1, files.join(' '));
      assert.ok(files.length <= 5, files.join(' '));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the holidays a first deadline needs are on their way before the WebAssembly runs', async () => {
    // A page with no hints (double-script.html: no preloads), a visitor in
    // Seoul whose browser speaks Korean: while the WebAssembly is held back,
    // the element already fetches Korea's holidays and those of the built-in
    // regions' own countries (UK, Singapore, US, Japan), rather than a round
    // trip after the WebAssembly; once it runs, it needs nothing more.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const { page, context, requests, errors } = await open(`${site.url}double-script.html`, {
      timezoneId: 'Asia/Seoul',
      locale: 'ko-KR',
      prepare: (p) => p.route('**/sla_calculator_bg.wasm', async (route) => { await held; await route.continue(); }),
    });
    const countries = () => requests.map((url) => new URL(url).pathname).filter((path) => path.includes('/holidays/')).sort();
    const expected = ['GB', 'JP', 'KR', 'SG', 'US'].map((code) => `/dist/holidays/${code}.bin`);
    for (let i = 0; i < 100 && countries().length < expected.length; i++) await page.waitForTimeout(50);
    assert.deepEqual(countries(), expected);
    assert.equal(await page.locator('sla-calculator time[datetime]').count(), 0, 'no widget yet');
    release();
    await ready(page);
    // Friday 18 September 2026 17:00 JST, Business P3 in Japan: Silver Week → Thursday 24th 12:30 JST.
    assert.equal(await deadline(page), '2026-09-24T03:30:00Z');
    // APAC in Seoul, with Korea's holidays: from Wednesday 23 September
    // 16:00 KST, 4 business hours are 1 on Wednesday, none on Chuseok
    // (Thursday 24th, Friday 25th), 3 on Monday 28th: 12:00 KST = 03:00Z.
    await page.locator('sla-calculator').evaluate((el) => { el.setAttribute('region', 'apac'); el.setAttribute('submitted', '2026-09-23T07:00:00Z'); });
    assert.equal(await deadline(page), '2026-09-28T03:00:00Z');
    assert.deepEqual(countries(), expected);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the first deadline shown already skips the holiday: one render', async () => {
    // Madrid, following now: Monday 7 December 2026 17:30 CET. The example
    // page's case is Business P2 (2 h), in EMEA for a visitor in Spain:
    // Tuesday 8th is the Immaculate Conception, so Wednesday 9th 09:00–11:00
    // CET (10:00Z). A render without Spain's holidays would say Tuesday.
    const { page, context, errors } = await open(site.url, {
      timezoneId: 'Europe/Madrid',
      now: '2026-12-07T16:30:00Z',
      prepare: (p) => p.addInitScript(recordDeadlines),
    });
    await ready(page);
    assert.equal(await deadline(page), '2026-12-09T10:00:00Z');
    assert.deepEqual(await page.evaluate(() => window.deadlinesShown), ['2026-12-09T10:00:00Z']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on the holiday the hours table says closed for it, and the chart shades it', async () => {
    // Tuesday 8 December 2026 11:00 in Madrid: inside EMEA's hours, but a holiday.
    const { page, context, errors } = await open(site.url, { timezoneId: 'Europe/Madrid', locale: 'en-GB', now: '2026-12-08T10:00:00Z' });
    await page.locator('sla-calculator').evaluate((el) => el.setAttribute('lang', 'en'));
    await ready(page);
    const row = page.locator('sla-calculator tr[data-region=emea] td').last();
    assert.match(await row.textContent(), /Closed — public holiday \(Immaculate Conception\), opens Wed/);
    const shaded = await page.locator('sla-calculator [part=coverage] svg rect.holiday title').allTextContents();
    assert.ok(shaded.some((title) => /Immaculate Conception/.test(title)), shaded.join(' | '));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a country's file that cannot be fetched: the deadline is shown, marked as not counting its holidays", async () => {
    const { page, context } = await open(site.url, {
      timezoneId: 'Europe/Madrid',
      prepare: (p) => p.route('**/holidays/ES.bin', (route) => route.fulfill({ status: 404, body: 'missing' })),
    });
    await page.locator('sla-calculator').evaluate((el) => { el.setAttribute('lang', 'en'); el.setAttribute('region', 'emea'); });
    await ready(page);
    await freeze(page, '2026-12-07T16:30:00Z');
    await page.locator('sla-calculator select[name=priority]').selectOption('P4');
    // Without Spain's holidays the day counts on Tuesday 8th — and the widget says why it may be early.
    assert.equal(await deadline(page), '2026-12-08T16:00:00Z');
    assert.match(await page.locator('sla-calculator [part=notice].calendar-end').textContent(), /public holidays of ES are not known/);
    // P1 runs 24x7 (one hour from 16:30Z): no holiday can move it, so no such notice.
    await page.locator('sla-calculator select[name=priority]').selectOption('P1');
    assert.equal(await deadline(page), '2026-12-07T17:30:00Z');
    assert.equal(await page.locator('sla-calculator [part=notice].calendar-end').count(), 0);
    await context.close();
  });
});

describe("when one of the widget's files fails, the reader keeps the page (rules §5.1)", () => {
  /** An init script: every `sla-error` and unhandled rejection, in `window.failures`. */
  function recordFailures() {
    window.failures = [];
    document.addEventListener('sla-error', (event) => window.failures.push(event.detail.message));
    window.addEventListener('unhandledrejection', (event) => window.failures.push(`unhandled: ${event.reason}`));
  }
  const failures = (page) => page.evaluate(() => window.failures);
  // The page's own comparison (`sla render`, pasted inside the element) as the reader sees it.
  const fallback = (page) => page.locator('sla-calculator > .sla-static');
  const base = (page) => page.locator('sla-calculator [part=base]');

  /** Opens the example page in Madrid with `routes` ([pattern, handler]) in place. */
  const openFailing = (routes, options = {}) => open(site.url, {
    timezoneId: 'Europe/Madrid',
    ...options,
    prepare: async (p) => {
      await p.addInitScript(recordFailures);
      for (const [pattern, handler] of routes) await p.route(pattern, handler);
    },
  });

  /** The widget whole, in English, its comparison rows shown, and the French sentence saying why. */
  async function inEnglishSayingWhyInFrench(page) {
    const notice = page.locator('sla-calculator [part=base] [part=notice][lang=fr]');
    await notice.waitFor({ timeout: 15000 });
    assert.equal(await notice.innerText(), 'Les textes du calculateur en français n’ont pas pu être chargés : il s’affiche en anglais.');
    assert.equal(await base(page).getAttribute('lang'), 'en');
    await ready(page);
    assert.ok(await page.locator('sla-calculator [part=base] [part=comparison] tbody tr').first().isVisible());
    assert.ok(await deadline(page));
    assert.equal(await fallback(page).isVisible(), false, 'the widget replaces the fallback');
  }

  test('words answered 404: the widget in English, said in French; one sla-error, no unhandled rejection', async () => {
    const { page, context } = await openFailing([['**/dist/lang/fr.bin', (route) => route.fulfill({ status: 404, body: 'missing' })]]);
    await inEnglishSayingWhyInFrench(page);
    const seen = await failures(page);
    assert.equal(seen.length, 1, seen.join(' | '));
    assert.match(seen[0], /words in fr: HTTP 404/);
    await context.close();
  });

  test('words cut short: the same', async () => {
    const words = await readFile(new URL('../../pkg/lang/fr.bin', import.meta.url));
    const { page, context } = await openFailing([['**/dist/lang/fr.bin', (route) => route.fulfill({ status: 200, body: words.subarray(0, 200) })]]);
    await inEnglishSayingWhyInFrench(page);
    const seen = await failures(page);
    assert.equal(seen.length, 1, seen.join(' | '));
    assert.match(seen[0], /words in fr: the file is damaged/);
    await context.close();
  });

  test('words that never come: the page shows its own comparison meanwhile, then English; they are taken if they come', async () => {
    let stalled;
    const arrived = new Promise((resolve) => { stalled = resolve; });
    const { page, context } = await openFailing([['**/dist/lang/fr.bin', (route) => stalled(route)]]);
    const route = await arrived;
    // While the words are on their way, the reader has the page's comparison, not a blank box.
    await page.waitForTimeout(1500);
    assert.ok(await fallback(page).isVisible());
    assert.ok(await fallback(page).locator('tbody tr').first().isVisible());
    assert.equal(await base(page).count(), 0);
    // After a few seconds, the widget in English, saying why in French.
    await inEnglishSayingWhyInFrench(page);
    // The words come after all: French, and the sentence goes.
    await route.fulfill({ status: 200, body: await readFile(new URL('../../pkg/lang/fr.bin', import.meta.url)) });
    await page.waitForFunction(() => document.querySelector('sla-calculator').shadowRoot.querySelector('[part=base]')?.lang === 'fr');
    assert.equal(await page.locator('sla-calculator [part=notice][lang=fr]').count(), 0);
    await context.close();
  });

  test('no words at all: the page keeps its own comparison, with a sentence in its language', async () => {
    const missing = (route) => route.fulfill({ status: 404, body: 'missing' });
    const { page, context } = await openFailing([['**/dist/lang/fr.bin', missing], ['**/dist/lang/en.bin', missing]]);
    const notice = page.locator('sla-calculator [part=base] [part=notice]');
    await notice.waitFor({ timeout: 15000 });
    assert.equal(await notice.innerText(), 'Le calculateur n’a pas pu être chargé : voici le contenu de la page sans lui.');
    assert.ok(await fallback(page).isVisible());
    assert.ok(await fallback(page).locator('tbody tr').first().isVisible());
    const seen = await failures(page);
    assert.equal(seen.length, 2, seen.join(' | '));
    assert.ok(!seen.some((f) => f.startsWith('unhandled')), seen.join(' | '));
    await context.close();
  });

  for (const [fault, handler, error] of [
    ['answered 404', (route) => route.fulfill({ status: 404, body: 'missing' }), /extra holidays catalogs\/extra-holidays.bin: HTTP 404/],
    ['not holidays at all', (route) => route.fulfill({ status: 200, body: 'not holidays' }), /extra holidays are left out/],
    ['never answering', () => {}, /extra holidays catalogs\/extra-holidays.bin: no answer in 5000 ms/],
  ]) {
    test(`the page's extra holidays ${fault}: the deadline without them, marked, and why`, async () => {
      const { page, context } = await openFailing([['**/catalogs/extra-holidays.bin', handler]]);
      await ready(page);
      await freeze(page, '2026-12-23T15:30:00Z');
      // Wednesday 23 December 2026 16:30 in Madrid, business P2 (2 h): 30 min
      // to 17:00, then Thursday 24th 09:00–10:30 — the page's Christmas Eve
      // closure is not known, so the deadline is 24th 10:30 Madrid (09:30Z),
      // marked as possibly early.
      assert.equal(await deadline(page), '2026-12-24T09:30:00Z');
      assert.equal(await page.locator('sla-calculator [part=deadline].unconfirmed').count(), 1);
      assert.match(await page.locator('sla-calculator .calendar-end').first().textContent(), /propres à cette page n’ont pas pu être chargés/);
      const seen = await failures(page);
      assert.equal(seen.length, 1, seen.join(' | '));
      assert.match(seen[0], error);
      // The author's page sets the attribute again, and the file now comes:
      // Christmas Eve is closed (the page's), Christmas Day too (Spain's),
      // so 1 h 30 runs Monday 28th 09:00–10:30 Madrid (08:00–09:30Z); the notice goes.
      await page.unroute('**/catalogs/extra-holidays.bin');
      await page.locator('sla-calculator').evaluate((el) => el.setAttribute('holidays', el.getAttribute('holidays')));
      await page.waitForFunction(() => document.querySelector('sla-calculator').shadowRoot.querySelector('[part=deadline] time')?.getAttribute('datetime') === '2026-12-28T09:30:00Z', null, { timeout: 15000 });
      assert.equal(await page.locator('sla-calculator [part=deadline].unconfirmed').count(), 0);
      await context.close();
    });
  }

  test('offline after the page has loaded: another language fails, then comes when the browser is back online', async () => {
    const { page, context } = await openFailing([]);
    await ready(page);
    await context.setOffline(true);
    await page.locator('sla-calculator').evaluate((el) => el.setAttribute('lang', 'ja'));
    // Neither Japanese nor English can come: the page's own comparison, and a
    // sentence in Japanese.
    const notice = page.locator('sla-calculator [part=base] [part=notice]');
    await page.waitForFunction(() => document.querySelector('sla-calculator').shadowRoot.querySelector('[part=base]')?.lang === 'ja', null, { timeout: 15000 });
    assert.equal(await notice.innerText(), '計算ツールを読み込めませんでした。以下はツールなしのページの内容です。');
    assert.ok(await fallback(page).isVisible());
    await context.setOffline(false);
    await page.locator('sla-calculator [part=base] time[datetime]').first().waitFor({ timeout: 15000 });
    assert.equal(await page.locator('sla-calculator [part=base]').getAttribute('lang'), 'ja');
    assert.equal(await page.getByText('計算ツールを読み込めませんでした').count(), 0);
    assert.equal(await fallback(page).isVisible(), false);
    assert.ok(!(await failures(page)).some((f) => f.startsWith('unhandled')));
    await context.close();
  });

  test('the WebAssembly fails: the page keeps its own comparison; back online, the widget comes', async () => {
    const { page, context } = await openFailing([['**/dist/wasm/sla_calculator_bg.wasm', (route) => route.abort('failed')]]);
    await page.waitForFunction(() => window.failures.length > 0, null, { timeout: 15000 });
    assert.ok(await fallback(page).isVisible());
    assert.ok(await fallback(page).locator('tbody tr').first().isVisible());
    await context.setOffline(true);
    await page.unroute('**/dist/wasm/sla_calculator_bg.wasm');
    await context.setOffline(false);
    await ready(page);
    assert.ok(await deadline(page));
    assert.equal(await fallback(page).isVisible(), false, 'the widget replaces the fallback');
    const seen = await failures(page);
    assert.equal(seen.length, 1, seen.join(' | '));
    assert.match(seen[0], /cannot load the widget/);
    await context.close();
  });

  test("the catalog reader fails: the author's catalog is not read, and says so; back online, it is", async () => {
    const { page, context } = await open(new URL('vendor-schedules.html', site.url).href, {
      prepare: async (p) => {
        await p.addInitScript(recordFailures);
        await p.route('**/dist/wasm/sla_reader_bg.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      },
    });
    const gitlab = page.locator('#gitlab [part=error]');
    await gitlab.waitFor({ timeout: 15000 });
    assert.match(await gitlab.textContent(), /cannot load the catalog reader/);
    const reported = (await failures(page)).length;
    assert.ok(reported > 0);
    await context.setOffline(true);
    await page.unroute('**/dist/wasm/sla_reader_bg.wasm');
    await context.setOffline(false);
    await ready(page, '#gitlab');
    assert.equal(await page.locator('#gitlab [part=error]').count(), 0);
    assert.match(await page.locator('#gitlab [part=base] h2').textContent(), /GitLab/);
    // Tried again quietly: no new report.
    assert.equal((await failures(page)).length, reported);
    await context.close();
  });
});

describe('visitors from everywhere, every year', () => {
  // Each deadline worked out by hand (business hours 09:00–17:00 for EMEA and
  // APAC, read in the visitor's own zone when its country is in the region).
  const visitors = [
    // Wed 2 Dec 2026 16:30 CET: 30 min Wednesday, 1 h 30 Thursday → 10:30 CET.
    { timezoneId: 'Europe/Madrid', region: 'emea', priority: 'P2', submitted: '2026-12-02T15:30:00Z', due: '2026-12-03T09:30:00Z', note: /locales : elles sont lues dans votre fuseau, heure d’Europe centrale\./ },
    // Fri 4 Dec 2026 16:00 KST: 1 h Friday, 1 h Monday → Mon 10:00 KST.
    { timezoneId: 'Asia/Seoul', region: 'apac', priority: 'P2', submitted: '2026-12-04T07:00:00Z', due: '2026-12-07T01:00:00Z', note: /votre fuseau, heure normale de la Corée\./ },
    // Chromium reports Kolkata as Asia/Calcutta, a link. Thu 3 Dec 2026 16:30
    // IST: 30 min Thursday, 1 h 30 Friday → Fri 10:30 IST.
    { timezoneId: 'Asia/Kolkata', region: 'apac', priority: 'P2', submitted: '2026-12-03T11:00:00Z', due: '2026-12-04T05:00:00Z', note: /votre fuseau, heure de l’Inde\./ },
    // Mon 7 Dec 2026 15:00 ACDT (UTC+10:30): 2 h Monday, 2 h Tuesday → 11:00.
    { timezoneId: 'Australia/Adelaide', region: 'apac', priority: 'P3', submitted: '2026-12-07T04:30:00Z', due: '2026-12-08T00:30:00Z', note: /votre fuseau, heure du centre de l’Australie\./ },
    // New York is outside EMEA: London hours (GMT). Wed 15:30 GMT: 1 h 30
    // Wednesday, 30 min Thursday → 09:30 GMT.
    { timezoneId: 'America/New_York', region: 'emea', priority: 'P2', submitted: '2026-12-02T15:30:00Z', due: '2026-12-03T09:30:00Z', note: /lues dans son fuseau \(heure : Royaume-Uni\) : le vôtre \(heure de l’Est nord-américain\) est hors de la région/ },
  ];
  for (const visitor of visitors) {
    test(`a visitor in ${visitor.timezoneId} choosing ${visitor.region}`, async () => {
      const { page, context, errors } = await open(site.url, { timezoneId: visitor.timezoneId });
      await ready(page);
      await freeze(page, visitor.submitted);
      await chooseCase(page, { tier: 'business', region: visitor.region, priority: visitor.priority });
      assert.equal(await deadline(page), visitor.due);
      assert.match(await page.locator('sla-calculator .zone-note').textContent(), visitor.note);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  // Zones as people name them, in the widget's language, from the browser's
  // Intl (CLDR's generic names, as Chromium 156 gives them); the IANA id on
  // hover. Chromium reports Kolkata under its old id, Asia/Calcutta.
  const ZONE_NAMES = {
    'Europe/Madrid': { id: 'Europe/Madrid', fr: 'heure d’Europe centrale', en: 'Central European Time', ja: '中央ヨーロッパ時間' },
    'Asia/Kolkata': { id: 'Asia/Calcutta', fr: 'heure de l’Inde', en: 'India Standard Time', ja: 'インド標準時' },
    'Australia/Adelaide': { id: 'Australia/Adelaide', fr: 'heure du centre de l’Australie', en: 'Australian Central Time', ja: 'オーストラリア中部時間' },
    'America/New_York': { id: 'America/New_York', fr: 'heure de l’Est nord-américain', en: 'Eastern Time', ja: '米国東部時間' },
  };
  for (const [timezoneId, names] of Object.entries(ZONE_NAMES)) {
    test(`a visitor in ${timezoneId} reads their zone's name in fr, en and ja, its id on hover`, async () => {
      const { page, context, errors } = await open(site.url, { timezoneId });
      try {
        await ready(page);
        await freeze(page, '2026-12-02T15:30:00Z');
        const host = page.locator('sla-calculator');
        for (const lang of ['fr', 'en', 'ja']) {
          await host.evaluate((el, l) => el.setAttribute('lang', l), lang);
          await page.waitForFunction((l) => document.querySelector('sla-calculator').shadowRoot.querySelector('[part=base]')?.getAttribute('lang') === l, lang);
          const yours = host.locator('.your-time');
          assert.ok((await yours.textContent()).includes(names[lang]), `${lang}: ${await yours.textContent()}`);
          assert.equal(await yours.getAttribute('title'), names.id);
          // The hours table's column and the chart's caption say it too; no id is left in the explanation.
          assert.ok((await host.locator('[part=hours] thead').textContent()).includes(names[lang]), lang);
          assert.ok((await host.locator('[part=coverage] figcaption').textContent()).includes(names[lang]), lang);
          assert.doesNotMatch(await host.locator('[part=explanation]').textContent(), /[A-Z][a-z]+\/[A-Z]/, lang);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('the submission time a visitor is typing is not overwritten by the passing minutes', async () => {
    // Following "now", the submission input shows the current minute and is
    // refreshed as minutes pass — except while the visitor is in it. The
    // page's clock is Playwright's, paused, moved on by hand.
    const { page, context, errors } = await open(site.url, { prepare: (p) => p.clock.install({ time: new Date('2026-11-20T09:00:00Z') }) });
    await ready(page);
    await page.clock.pauseAt(new Date('2026-11-20T09:00:30Z'));
    const input = page.locator('sla-calculator input[name=submitted]');
    const shown = () => input.evaluate((el) => el.value);
    // Paris, 10:00 local.
    assert.equal(await shown(), '2026-11-20T10:00');
    await input.focus();
    await input.evaluate((el) => { el.value = '2030-01-01T08:15'; }); // typed, not yet committed
    await page.clock.runFor(5 * 60_000);
    assert.equal(await shown(), '2030-01-01T08:15');
    // Elsewhere, the input follows the minutes again.
    await page.locator('sla-calculator select[name=tier]').focus();
    await page.clock.runFor(2 * 60_000);
    assert.equal(await shown(), '2026-11-20T10:07');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('following "now", the widget works when the minute changes, and not in between', async () => {
    // Everything it shows is to the minute (rules: the countdown counts the
    // minutes between the clocks shown), so an idle widget has nothing to do
    // for the 59 seconds between two minutes. Its timers are counted as they
    // run; the page's clock is Playwright's, paused, moved on by hand.
    const { page, context, errors } = await open(site.url, {
      prepare: async (p) => {
        await p.clock.install({ time: new Date('2026-11-20T09:00:00Z') });
        await p.addInitScript(() => {
          window.widgetTimersRun = 0;
          for (const name of ['setTimeout', 'setInterval']) {
            const original = window[name];
            window[name] = (callback, ...rest) => (new Error().stack.includes('/dist/')
              ? original((...args) => { window.widgetTimersRun++; callback(...args); }, ...rest)
              : original(callback, ...rest));
          }
        });
      },
    });
    try {
      await ready(page);
      // What loading armed (a file's time limit) has ended by then.
      await page.clock.pauseAt(new Date('2026-11-20T09:00:40Z'));
      const input = page.locator('sla-calculator input[name=submitted]');
      const countdown = page.locator('sla-calculator [part=countdown]');
      assert.equal(await input.inputValue(), '2026-11-20T10:00');
      const before = await countdown.textContent();
      await page.evaluate(() => { window.widgetTimersRun = 0; });
      await page.clock.runFor(19_000); // to 09:00:59 (10:00:59 in Paris)
      assert.equal(await page.evaluate(() => window.widgetTimersRun), 0, 'no work within the minute');
      assert.equal(await countdown.textContent(), before);
      await page.clock.runFor(1_000); // 10:01:00
      assert.equal(await page.evaluate(() => window.widgetTimersRun), 1, 'one render as the minute changes');
      assert.equal(await input.inputValue(), '2026-11-20T10:01');
      await page.clock.runFor(60_000);
      assert.equal(await page.evaluate(() => window.widgetTimersRun), 2);
      assert.equal(await input.inputValue(), '2026-11-20T10:02');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("the zone control offers every zone of the region's countries, by keyboard too", async () => {
    const { page, context, errors } = await open(site.url, { timezoneId: 'Europe/Madrid' });
    await ready(page);
    await freeze(page, '2026-12-02T15:30:00Z');
    await chooseCase(page, { tier: 'business', region: 'emea', priority: 'P2' });
    const zone = page.locator('sla-calculator select[name=zone]');
    const options = await zone.locator('option').evaluateAll((all) => all.map((o) => o.value));
    for (const name of ['Europe/Madrid', 'Europe/Athens', 'Africa/Nairobi', 'Asia/Riyadh', 'Atlantic/Canary']) {
      assert.ok(options.includes(name), `${name} offered`);
    }
    assert.ok(!options.includes('Asia/Tokyo') && !options.includes('Asia/Calcutta'), 'only the region, no links');
    // Grouped by country, named in the page's language by the browser, in
    // French alphabetical order (É among the E, not after Z); each zone by
    // its city; the default named as people say it.
    const groups = await zone.locator('optgroup').evaluateAll((all) => all.map((g) => [g.label, [...g.children].map((o) => o.textContent)]));
    const labels = groups.map(([label]) => label);
    assert.deepEqual(groups.find(([label]) => label === 'Espagne')[1], ['Ceuta', 'Canary', 'Madrid']);
    assert.deepEqual(groups.find(([label]) => label === 'Afrique du Sud')[1], ['Johannesburg']);
    assert.equal(labels[0], 'Afrique du Sud');
    assert.ok(labels.indexOf('Égypte') < labels.indexOf('Espagne') && labels.indexOf('Espagne') < labels.indexOf('France'), labels.join(', '));
    assert.equal(await zone.locator('option').first().textContent(), 'Par défaut (heure d’Europe centrale)');
    // Athens (EET, UTC+2), typed as its city's name: Wed 17:30 is after
    // closing, so 2 h Thursday 09:00–11:00 EET → 09:00Z.
    await zone.focus();
    await page.keyboard.type('Athens');
    assert.equal(await zone.inputValue(), 'Europe/Athens');
    assert.equal(await deadline(page), '2026-12-03T09:00:00Z');
    assert.equal(await page.locator('sla-calculator').getAttribute('zone'), 'Europe/Athens');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("Japan's holidays after 2027 count, and past their calendar the widget says so", async () => {
    const { page, context, errors } = await open(site.url, { timezoneId: 'Asia/Tokyo' });
    await ready(page);
    await chooseCase(page, { tier: 'business', region: 'japan', priority: 'P3' });
    // Fri 7 Jan 2028 16:00 JST: 1 h 30 Friday; Mon 10 Jan is Coming of Age
    // Day; 2 h 30 Tuesday → 11:30 JST.
    await freeze(page, '2028-01-07T07:00:00Z');
    assert.equal(await deadline(page), '2028-01-11T02:30:00Z');
    assert.match(await page.locator('sla-calculator [part=explanation]').textContent(), /Jour de la majorité/);
    const notice = page.locator('sla-calculator .calendar-end');
    assert.equal(await notice.count(), 0);
    // Mon 31 Dec 2035 16:00 JST: the calendar ends that day, so 1 Jan 2036
    // counts as open (09:00–11:30 JST) — and the widget says so.
    await freeze(page, '2035-12-31T07:00:00Z');
    assert.equal(await deadline(page), '2036-01-01T02:30:00Z');
    assert.match(await notice.textContent(), /région Japon ne sont connus que jusqu’au 31 décembre 2035 :/);
    // Fri 21 Dec 2035: the deadline and the seven days the filing panel and
    // the chart look at (to 28 Dec) are inside the calendar: no notice. Fri 28
    // Dec 2035: the deadline (Mon 31 Dec 11:30 JST) is inside, but the week
    // reaches 4 Jan 2036, so the notice shows.
    await freeze(page, '2035-12-21T07:00:00Z');
    assert.equal(await notice.count(), 0);
    await freeze(page, '2035-12-28T07:00:00Z');
    assert.equal(await deadline(page), '2035-12-31T02:30:00Z');
    assert.equal(await notice.count(), 1);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("other vendors' weekly schedules", () => {
  // Each case worked out by hand from the vendor's catalog in www/catalogs/.
  const CASES = [
    // GitLab's 24x5 week opens Sunday 15:00 Pacific Time. Saturday 5 December
    // 2026 20:00Z: the 4 hours of severity 2 run from Sunday 15:00 PST (23:00Z)
    // to Monday 03:00Z.
    { id: 'gitlab', submitted: '2026-12-05T20:00:00Z', due: '2026-12-07T03:00:00Z', explains: /counted from Sun .+, around the clock until Friday 17:00 \(Pacific Time\)/ },
    // OCS Inventory, 09:00–12:00 and 14:00–18:00 at UTC+1. Monday 7 December
    // 2026 10:30Z (11:30 local), 4 working hours: 11:30–12:00 is 30 min, lunch
    // is not counted, 14:00–17:30 the rest: 17:30 local = 16:30Z.
    { id: 'ocs', submitted: '2026-12-07T10:30:00Z', due: '2026-12-07T16:30:00Z', explains: /Time counted: Mon [^,]+, Mon [^,]+\./ },
    // NearlyFreeSpeech: weekdays 13:00–21:00, weekends 15:00–19:00 New York
    // time. Friday 4 December 2026 20:30 EST (5 December 01:30Z), 2 hours:
    // 20:30–21:00 Friday, then Saturday 15:00–16:30 EST = 21:30Z.
    { id: 'nfs', submitted: '2026-12-05T01:30:00Z', due: '2026-12-05T21:30:00Z', explains: /Time counted: Fri [^,]+, Sat [^,]+\./ },
  ];
  for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
    test(`the example page gives each vendor's deadline to a visitor in ${timezoneId}`, async () => {
      const { page, context, errors } = await open(`${site.url}vendor-schedules.html`, { timezoneId, locale: 'en-US' });
      for (const { id, submitted, due, explains } of CASES) {
        const selector = `#${id}`;
        await ready(page, selector);
        await freeze(page, submitted, selector);
        await page.waitForFunction(([sel, want]) => document.querySelector(sel).shadowRoot
          .querySelector('time[datetime]')?.getAttribute('datetime') === want, [selector, due], { timeout: 15000 });
        const explanation = await page.locator(`${selector} [part=explanation]`).innerText();
        assert.match(explanation.replace(/\s+/g, ' '), explains, `${id}: ${explanation}`);
      }
      // The hours table shows each weekday's own hours.
      const ocsHours = await page.locator('#ocs tr[data-region] td').first().innerText();
      assert.equal(ocsHours, 'Mon–Fri 09:00–12:00, 14:00–18:00 (GMT+01:00)');
      const nfsHours = await page.locator('#nfs tr[data-region] td').first().innerText();
      assert.equal(nfsHours, 'Mon–Fri 13:00–21:00; Sat–Sun 15:00–19:00 (Eastern Time)');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('what each feature means', () => {
  test('a row opens its description by keyboard; axe finds nothing with descriptions open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context, errors } = await open(site.url, { colorScheme });
      await ready(page);
      const host = page.locator('sla-calculator');
      const summary = host.locator('[part=base] [part=comparison] details.about summary').first();
      await summary.focus();
      await page.keyboard.press('Enter');
      const details = host.locator('[part=base] [part=comparison] details.about').first();
      assert.equal(await details.getAttribute('open'), '');
      assert.match(await details.locator('p').innerText(), /^Il s’agit d’une assistance principale de compte désignée/);
      // Focus stays on the summary; a second Enter closes it.
      assert.equal(await summary.evaluate((el) => el.getRootNode().activeElement === el), true);
      await page.keyboard.press('Enter');
      assert.equal(await details.getAttribute('open'), null);
      // Open one row and one service, then ask axe.
      await summary.click();
      await host.locator('[part=base] [part=services] details.service summary').first().click();
      assert.deepEqual(await axe(page), [], colorScheme);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('printing shows the chosen tier\'s service descriptions', async () => {
    const { page, context } = await open(site.url);
    await ready(page);
    const description = page.locator('sla-calculator [part=base] [part=services] details.service p').first();
    assert.equal(await description.isVisible(), false, 'closed on screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await description.isVisible(), true, 'shown on paper');
    await context.close();
  });

  for (const [name, lang] of [['description-fr-open', 'fr'], ['description-ja-open', 'ja']]) {
    test(`screenshot: ${name}`, async () => {
      const { page, context } = await open(site.url);
      await ready(page);
      const host = page.locator('sla-calculator');
      await freeze(page, '2026-05-01T08:00:00Z');
      await host.evaluate((el, l) => el.setAttribute('lang', l), lang);
      await ready(page);
      await host.locator('[part=base] [part=comparison] tr[data-feature=escalation_management] summary').click();
      const png = await host.locator('[part=base] [part=comparison]').screenshot({ animations: 'disabled' });
      await matchesReference(name, png);
      await context.close();
    });
  }
});

describe("the bundled zone tables and the browser's own tz database", () => {
  test('agree on every zone the browser knows, 2026–2035, at and around every change', async () => {
    // The widget computes in its own tables (every IANA zone, generated from
    // tzdata 2025b); the browser formats times with its own copy (ICU). Each
    // change the tables list must be one in the browser too, a second either
    // side, and the offset must hold between changes (checked at midpoints).
    const { execFileSync } = await import('node:child_process');
    const lines = execFileSync('target/release/sla', ['zones', '--transitions', '2026', '2035'], { encoding: 'utf8' }).trim().split('\n');
    const tables = lines.map((line) => JSON.parse(line));
    const { page, context } = await open(site.url);
    const result = await page.evaluate((tables) => {
      const offsetAt = (format, unix) => {
        const name = format.formatToParts(new Date(unix * 1000)).find((p) => p.type === 'timeZoneName').value;
        const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
        if (!match) return `unreadable ${name}`;
        if (!match[1]) return 0;
        return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60);
      };
      const unknown = [];
      const disagreements = [];
      let checked = 0;
      for (const { zone, offsets } of tables) {
        let format;
        try {
          format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
        } catch {
          unknown.push(zone);
          continue;
        }
        const end = Date.UTC(2036, 0, 1) / 1000;
        offsets.forEach(([at, offset], i) => {
          const next = i + 1 < offsets.length ? offsets[i + 1][0] : end;
          const probes = i === 0 ? [at, Math.floor((at + next) / 2), next - 1] : [at, at + 1, Math.floor((at + next) / 2), next - 1];
          for (const unix of probes) {
            const theirs = offsetAt(format, unix);
            checked += 1;
            if (theirs !== offset) disagreements.push(`${zone} at ${new Date(unix * 1000).toISOString()}: tables ${offset}, browser ${theirs}`);
          }
        });
      }
      return { unknown, disagreements, checked };
    }, tables);
    // A browser may not know a few backward-compatible links; every zone it
    // knows must agree, but for changes made by tzdata releases newer than
    // the browser's: 2026f keeps Cuba on daylight time through the winter of
    // 2026–2027, which Debian's Chromium 156 does not know yet (the tables
    // are right: Python's zoneinfo with tzdata 2026f agrees with them). Such a
    // zone may agree (a newer browser) or not; any other zone must.
    const NEWER_THAN_THE_BROWSER = ['America/Havana', 'Cuba'];
    assert.ok(result.unknown.length < 20, `the browser knows too few zones: ${result.unknown.join(', ')}`);
    const disagreements = result.disagreements.filter((d) => !NEWER_THAN_THE_BROWSER.includes(d.split(' ')[0]));
    assert.deepEqual(disagreements.slice(0, 20), []);
    assert.ok(result.checked > 10000, `${result.checked} instants`);
    const newer = result.disagreements.length - disagreements.length;
    console.log(`zone tables vs browser: ${tables.length - result.unknown.length} zones, ${result.checked} instants, ${newer} differ where tzdata is newer than the browser; unknown to the browser: ${result.unknown.join(', ') || 'none'}`);
    await context.close();
  });
});

describe('visual regressions (reference screenshots, 0.5% tolerance; the real-time hours left out)', () => {
  const states = [
    { name: 'desktop-fr-light', viewport: DESKTOP, colorScheme: 'light', attrs: {} },
    { name: 'desktop-ja-dark', viewport: DESKTOP, colorScheme: 'dark', attrs: { lang: 'ja', region: 'japan', priority: 'P2' } },
    { name: 'phone-en-light', viewport: PHONE, colorScheme: 'light', attrs: { lang: 'en', region: 'americas', priority: 'P4', tiers: 'online business enterprise elite', tier: 'elite' } },
    { name: 'phone-fr-notice', viewport: PHONE, colorScheme: 'light', attrs: { region: 'mars' } },
  ];
  for (const state of states) {
    test(state.name, async () => {
      const { page, context } = await open(site.url, { viewport: state.viewport, colorScheme: state.colorScheme });
      await ready(page);
      const host = page.locator('sla-calculator');
      await freeze(page, '2026-05-01T08:00:00Z');
      for (const [name, value] of Object.entries(state.attrs)) await host.evaluate((el, [n, v]) => el.setAttribute(n, v), [name, value]);
      await ready(page);
      // The regional hours follow the real clock ("open until…", "opens…"),
      // and their wording can change line breaks: leave them out of the shot.
      await host.evaluate((el) => { el.shadowRoot.querySelector('.hours-block').style.display = 'none'; });
      const png = await host.screenshot({ animations: 'disabled' });
      await matchesReference(state.name, png);
      await context.close();
    });
  }
  for (const [name, colorScheme, lang] of [['coverage-fr-light', 'light', 'fr'], ['coverage-ja-dark', 'dark', 'ja']]) {
    test(name, async () => {
      // The chart follows the clock: the page's clock is fixed for it.
      const { page, context } = await open(site.url, { colorScheme, now: '2026-11-20T09:00:00Z' });
      await ready(page);
      await page.locator('sla-calculator').evaluate((el, l) => el.setAttribute('lang', l), lang);
      await ready(page);
      const png = await page.locator('sla-calculator [part=coverage]').screenshot({ animations: 'disabled' });
      await matchesReference(name, png);
      await context.close();
    });
  }
});

// End-to-end (see support.mjs): Embedding: strict CSP, requests, subpaths, several widgets, the no-JS fallback; hostile data; an author's extra holidays.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { open, ready, deadline, freeze, recordDeadlines, site, browser, shownIn } from './support.mjs';

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
    await shownIn(page, 'ja');
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
    // Nothing more on its way (no request for half a second), then look.
    await page.waitForLoadState('networkidle');
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
    // The French page's widget names each problem's path and kind in French
    // (the catalog reader words them), then gives it in English.
    assert.ok(shown.includes('default_tiers[0] — référence inconnue'), shown);
    assert.ok(shown.includes('default_tiers[0]: unknown tier "gold\\"plan" (expected '), shown);
    assert.ok(shown.includes('unknown clock "business\\u{202e}hours" (expected '), shown);
    assert.ok(!shown.includes('\u202e'), shown);
    assert.ok(errors.some((e) => /catalog could not be loaded/.test(e)), errors.join(' | '));
    // The console has them in English alone.
    assert.ok(errors.every((e) => !e.includes('\x1f') && !e.includes('référence')), errors.join(' | '));
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
    // A second holidays URL, slow to come; the page removes the attribute
    // meanwhile: that download is aborted, not left to arrive.
    await page.route('**/catalogs/extra-holidays.bin?slow', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue().catch(() => {}); // (aborted meanwhile)
    });
    const slowOnesAborted = page.waitForEvent('requestfailed', (request) => request.url().endsWith('extra-holidays.bin?slow'));
    await host.evaluate((el) => {
      el.setAttribute('holidays', 'catalogs/extra-holidays.bin?slow');
      el.removeAttribute('holidays');
    });
    assert.match((await slowOnesAborted).failure().errorText, /ABORTED/);
    // Once the route has let it go, and the element has had two frames:
    await page.waitForTimeout(0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 900)));
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

  test('of two catalogs loaded one after the other, the later wins, however slow the first', async () => {
    // acme.json is held back 800 ms, so bissesar's, asked for second,
    // arrives first: the first load's download is aborted and its promise
    // says why. (With a counter of loads instead, the first asked, last to
    // arrive, replaced the second.)
    const { page, context, errors } = await open(site.url, { locale: 'en-US' });
    await ready(page);
    await page.route('**/catalogs/acme.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue().catch(() => {}); // (aborted meanwhile)
    });
    const host = page.locator('sla-calculator');
    const outcomes = await host.evaluate(async (el) => {
      el.removeAttribute('holidays'); // the page's extra holidays name the built-in regions
      const first = el.loadCatalog('catalogs/acme.json').then(() => 'shown', (e) => e.message);
      const second = el.loadCatalog('catalogs/bissesar-support.json').then(() => 'shown', (e) => e.message);
      return Promise.all([first, second]);
    });
    assert.deepEqual(outcomes, ['a later catalog replaced this one', 'shown']);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    await ready(page);
    const tiers = await host.evaluate((el) => el.shadowRoot.querySelector('.comparison thead').textContent);
    assert.doesNotMatch(tiers, /Acme/);
    assert.deepEqual(await host.evaluate((el) => el.catalog.tiers.map((t) => t.id)), (await (await fetch(`${site.url}catalogs/bissesar-support.json`)).json()).tiers.map((t) => t.id));
    assert.deepEqual(errors, []);
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

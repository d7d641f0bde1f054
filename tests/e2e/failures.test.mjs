// End-to-end (see support.mjs): When one of the widget's files fails, the reader keeps the page (rules §5.1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, ready, deadline, freeze, site, browser, shownIn } from './support.mjs';

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
    // While the words are on their way — the widget running and waiting for
    // them (busy) — the reader has the page's comparison, not a blank box.
    await page.waitForFunction(() => document.querySelector('sla-calculator').getAttribute('aria-busy') === 'true');
    assert.ok(await fallback(page).isVisible());
    assert.ok(await fallback(page).locator('tbody tr').first().isVisible());
    assert.equal(await base(page).count(), 0);
    // After a few seconds, the widget in English, saying why in French.
    await inEnglishSayingWhyInFrench(page);
    // The words come after all: French, and the sentence goes.
    await route.fulfill({ status: 200, body: await readFile(new URL('../../pkg/lang/fr.bin', import.meta.url)) });
    await shownIn(page, 'fr');
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
    await shownIn(page, 'ja', 15000);
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

// End-to-end (see support.mjs): the ten languages of Adobe's documentation.
// The element picks a page's words file as the Rust core picks its language;
// each language is one words file, fetched only when shown; each renders the
// catalog in Adobe's words with dates from Intl, with no accessibility
// violation; screenshots in German, Korean and Traditional Chinese.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spokenLang } from '../../www/sla-element.js';
import { open, ready, deadline, freeze, axe, matchesReference, site, DESKTOP, PHONE, LANGUAGES, CATALOG, shownIn } from './support.mjs';

/** `[tag, code]`: the table the Rust matcher is tested on too (src/i18n/lang.rs). */
const TAGS = readFileSync(new URL('../lang-tags.txt', import.meta.url), 'utf8')
  .split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' '));
/** The words files a page requested, by language code. */
const wordsFetched = (requests) => requests.map((url) => /\/lang\/([^/]+)\.bin$/.exec(url)?.[1]).filter(Boolean);

describe('ten languages', () => {
  test('the element picks the words file the Rust core will ask for (tests/lang-tags.txt)', () => {
    assert.ok(TAGS.length > 20);
    for (const [tag, code] of TAGS) assert.equal(spokenLang(tag) ?? '-', code, tag);
    assert.deepEqual(LANGUAGES, ['fr', 'en', 'ja', 'de', 'es', 'it', 'ko', 'pt-BR', 'zh-Hans', 'zh-Hant']);
  });

  for (const code of LANGUAGES) {
    test(`${code}: the catalog in Adobe's words, the deadline as Intl writes it, nothing else fetched, axe 0`, async () => {
      const { page, context, errors, requests } = await open(site.url, { timezoneId: 'America/New_York', locale: 'en-US' });
      try {
        await ready(page);
        const host = page.locator('sla-calculator');
        await freeze(page, '2026-03-27T16:30:00Z');
        // The reader chooses the language with the page's own switcher.
        await page.locator(`button[data-lang="${code}"]`).click();
        await shownIn(page, code);
        await ready(page);
        // The tiers' names are the catalog's in that language.
        const business = await host.locator('[part=base] [part=comparison] thead th[data-tier=business]').textContent();
        assert.ok(business.includes(CATALOG.tiers[1].name[code]), `${code}: ${business}`);
        // The deadline names its day as the browser does in that language.
        const due = new Date(await deadline(page));
        const weekday = new Intl.DateTimeFormat(code, { weekday: 'long', timeZone: 'America/New_York' }).format(due);
        const shown = await host.locator('[part=base] [part=deadline] .due').textContent();
        assert.ok(shown.includes(weekday), `${code}: “${weekday}” in “${shown}”`);
        // The page's French and the chosen language: no other words file.
        assert.deepEqual([...new Set(wordsFetched(requests))].sort(), [...new Set(['fr', code])].sort());
        assert.deepEqual(await axe(page), [], code);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  for (const [pageLang, code] of [['zh-TW', 'zh-Hant'], ['es-MX', 'es'], ['pt', 'pt-BR']]) {
    test(`a page in ${pageLang} fetches ${code}'s words with the WebAssembly, and only them`, async () => {
      // The example page as an author writing in that language would serve
      // it: its <html lang>, no lang on the element, no words preloaded.
      const html = readFileSync(new URL('../../www/index.html', import.meta.url), 'utf8')
        .replace('<html lang="fr">', `<html lang="${pageLang}">`)
        .replace(/<link rel="preload" href="dist\/lang\/fr\.bin"[^>]*>/, '')
        .replace('<sla-calculator id="calculator" lang="fr"', '<sla-calculator id="calculator"');
      const { page, context, errors, requests } = await open(site.url, {
        prepare: (p) => p.route(site.url, (route) => route.fulfill({ contentType: 'text/html', body: html })),
      });
      try {
        await ready(page);
        assert.equal(await page.locator('sla-calculator').evaluate((el) => el.shadowRoot.querySelector('[part=base]').lang), code);
        assert.deepEqual(wordsFetched(requests), [code]);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  for (const code of ['de', 'ko', 'zh-Hant']) {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      test(`screenshot: ${device}-${code}`, async () => {
        const { page, context } = await open(site.url, { viewport });
        try {
          await ready(page);
          const host = page.locator('sla-calculator');
          await freeze(page, '2026-05-01T08:00:00Z');
          await host.evaluate((el, c) => { el.setAttribute('lang', c); el.setAttribute('region', 'apac'); el.setAttribute('priority', 'P3'); }, code);
          await shownIn(page, code);
          await ready(page);
          // The regional hours follow the real clock: left out of the shot.
          await host.evaluate((el) => { el.shadowRoot.querySelector('.hours-block').style.display = 'none'; });
          await matchesReference(`${device}-${code}`, await host.screenshot({ animations: 'disabled' }));
        } finally {
          await context.close();
        }
      });
    }
  }
});

// End-to-end (see support.mjs): Accessibility (axe in light, dark and forced colours, keyboard) and visual regressions against reference screenshots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ready, deadline, freeze, axe, matchesReference, DESKTOP, PHONE, site } from './support.mjs';

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

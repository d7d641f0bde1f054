// End-to-end (see support.mjs): A visitor on the example page: choosing a case, taking the answer away, the week's coverage and when to file, other vendors' schedules, what each feature means.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, ready, deadline, freeze, chooseCase, axe, matchesReference, site, LANGUAGES } from './support.mjs';

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
    test(`at ${width} px nothing scrolls sideways or sticks out of the widget, in all ten languages, four tiers shown`, async () => {
      // A visitor in India (Chromium names its zone Asia/Calcutta) with all
      // four tiers side by side: the widest the widget gets. Below 36rem of
      // its own width, each table row stacks, its cells beside their
      // column's name, the chosen tier's first.
      const { page, context, errors } = await open(site.url, { viewport: { width, height: 780 }, timezoneId: 'Asia/Kolkata', locale: 'en-IN' });
      try {
        await ready(page);
        const host = page.locator('sla-calculator');
        await host.evaluate((el) => { el.setAttribute('tiers', 'online business enterprise elite'); el.setAttribute('tier', 'enterprise'); });
        for (const lang of LANGUAGES) {
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

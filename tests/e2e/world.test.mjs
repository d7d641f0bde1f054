// End-to-end (see support.mjs): Visitors from everywhere and every year: public holidays by country (rules §2.4), many zones, locales and dates, the bundled zone tables against the browser's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ready, deadline, freeze, recordDeadlines, chooseCase, axe, site, browser, eventually, shownIn } from './support.mjs';

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
    await eventually(() => countries().length >= expected.length, `requests for ${expected.join(', ')}`);
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
          await shownIn(page, lang);
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

  test("the zone control offers every zone of the region's countries, with the time there, by keyboard too", async () => {
    const { page, context, errors } = await open(site.url, { timezoneId: 'Europe/Madrid', now: '2026-12-02T15:30:00Z' });
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
    // its city and the time there now, 15:30Z, as French writes it: Ceuta
    // and Madrid on CET (UTC+1 in December), the Canaries on WET (UTC+0),
    // Johannesburg on SAST (UTC+2); the default named as people say it.
    const groups = await zone.locator('optgroup').evaluateAll((all) => all.map((g) => [g.label, [...g.children].map((o) => o.textContent)]));
    const labels = groups.map(([label]) => label);
    assert.deepEqual(groups.find(([label]) => label === 'Espagne')[1], ['Ceuta (16 h 30)', 'Canary (15 h 30)', 'Madrid (16 h 30)']);
    assert.deepEqual(groups.find(([label]) => label === 'Afrique du Sud')[1], ['Johannesburg (17 h 30)']);
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

  test('the first view comes without the zone list, which follows once that view is painted', async () => {
    // The region's zones (EMEA: well over a hundred options, grouped by
    // country) were a third of the first render's work; a closed control
    // shows only its value, so the first view lists the default alone, and
    // the whole list follows after the next paint. Polled each frame, before
    // it is painted, as the bench does.
    const { page, context, errors } = await open(site.url, {
      timezoneId: 'Europe/Madrid',
      prepare: (p) => p.addInitScript(() => {
        const poll = () => {
          const root = document.querySelector('sla-calculator')?.shadowRoot;
          const time = root?.querySelector('[part=deadline] time[datetime]');
          const select = root?.querySelector('select[name=zone]');
          if (time && select) window.firstView = { deadline: time.dateTime, zones: [...select.options].map((o) => o.value) };
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    });
    try {
      await ready(page);
      const zone = page.locator('sla-calculator select[name=zone]');
      await eventually(async () => (await zone.locator('option').count()) > 100, 'the whole zone list');
      const first = await page.evaluate(() => window.firstView);
      assert.deepEqual(first.zones, ['']);
      assert.equal(first.deadline, await deadline(page));
      assert.equal(await zone.inputValue(), '');
      assert.ok(await zone.locator('option[value="Europe/Madrid"]').count(), 'Madrid offered');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
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

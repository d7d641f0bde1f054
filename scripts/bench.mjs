// `npm run bench`: builds release, then measures in one run — sizes, cold
// loads of the example page against a static-HTML baseline, interaction
// latency, memory over re-renders and insert/remove cycles, and native engine
// throughput against a naive minute-stepping calculator. Prints one table,
// writes BENCHMARKS.md, and exits non-zero when a budget is missed.
//
//   npm run bench [-- --loads 20 --quick]
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { wasmParts } from './wasm-parts.mjs';
import { SIZE_BUDGET, kb, measureSizes, sizeBudgets } from './sizes.mjs';
import { cpus, totalmem } from 'node:os';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const loads = Number(args[args.indexOf('--loads') + 1]) || (quick ? 5 : 30);
// The size budgets are scripts/sizes.mjs's (`npm test` checks them too).
const BUDGET = { ...SIZE_BUDGET, deadlineVsStaticFcp: 2, interactionMs: 16, engineRatio: 100, idleOne: 0.005, idleTwenty: 0.02 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => { const s = [...xs].sort((a, b) => a - b); return [s[Math.floor(s.length * 0.1)], s[Math.ceil(s.length * 0.9) - 1]]; };
const ms = (x) => `${x.toFixed(1)} ms`;
const pct = (x) => `${(x * 100).toFixed(2)} %`;

console.log('bench: building release…');
execSync('bash scripts/build.sh', { stdio: 'inherit' });
execSync('cargo build --quiet --release --bin sla', { stdio: 'inherit' });

// 1. Sizes (scripts/sizes.mjs, which `npm test` also checks against the budgets).
const { sizes, total, reader, holidays, countries, countryFiles, catalogTexts, examplePage, examplePageAll } = measureSizes();

// 2. The static baseline: the same tables, as plain HTML.
const tables = execFileSync('target/release/sla', ['render', '--lang', 'fr', '--tiers', 'online,business']).toString();
mkdirSync('www/bench', { recursive: true });
writeFileSync('www/bench/static.html', `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline: static tables</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="../page.css"><link rel="stylesheet" href="../sla-static.css">
</head><body><main><h1>Assistance commerciale</h1><p>Les services d’assistance commerciale d’Adobe Experience Cloud offrent un accès complet aux équipes d’assistance technique d’Adobe.</p>
${tables}</main></body></html>`);

// Files gzipped, as a CDN serves them.
const site = await startServer({ root: 'www', gzip: true });
const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);

// Marks the page's first contentful paint and, on the widget's page (`widget`), when
// its deadline first exists and when it is settled: the page's extra
// holidays applied (the element is no longer aria-busy), polling each frame.
// Then says so on the console, which the bench waits for. Nothing of
// Playwright's runs in the page before that: page.evaluate and
// page.waitForFunction inject Playwright's helper script on their first use
// (~11 ms of the page's main thread unthrottled, ~45 ms on the phone
// profile), which would otherwise run in the middle of the widget's start
// and not before the static page's first paint.
const MARK_LOAD = (widget) => {
  const painted = new Promise((seen) => {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      seen();
    }).observe({ type: 'paint', buffered: true });
  });
  const settled = new Promise((settled) => {
    if (!widget) return settled();
    const poll = () => {
      const host = document.querySelector('sla-calculator');
      const time = host?.shadowRoot?.querySelector('[part=deadline] time[datetime]');
      if (time) window.__deadlineShown ??= performance.now();
      if (time && !host.hasAttribute('aria-busy')) settled((window.__deadlineSettled = performance.now()));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  Promise.all([painted, settled]).then(() => console.debug('sla-bench: measured'));
};

// The phone profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU
// slowed 4× (Chrome DevTools Protocol emulation), a phone's viewport.
const PHONE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 };
async function phoneContext() {
  const context = await browser.newContext({ timezoneId: 'Europe/Paris', locale: 'fr-FR', viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.downloadThroughput, uploadThroughput: PHONE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { context, page };
}

async function coldLoad(url, waitForDeadline, phone = false) {
  const { context, page } = phone
    ? await phoneContext()
    : await browser.newContext({ timezoneId: 'Europe/Paris', locale: 'fr-FR' }).then(async (context) => ({ context, page: await context.newPage() }));
  await page.addInitScript(MARK_LOAD, waitForDeadline);
  const measured = page.waitForEvent('console', { predicate: (message) => message.text() === 'sla-bench: measured', timeout: 60000 });
  measured.catch(() => {}); // (awaited below, unless the navigation fails first)
  await page.goto(url, { waitUntil: 'load' });
  await measured.catch((error) => {
    throw new Error(`${url}: no ${waitForDeadline ? 'settled deadline' : 'first paint'} within 60 s (${error.message})`);
  });
  // (After what is measured: Playwright's helper may run now.)
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    deadline: window.__deadlineShown ?? null,
    settled: window.__deadlineSettled ?? null,
  }));
  await context.close();
  return result;
}

console.log(`bench: ${loads} cold loads of each page…`);
const staticRuns = [];
const widgetRuns = [];
for (let i = 0; i < loads; i++) {
  // Interleaved, so that machine noise hits both pages alike.
  staticRuns.push(await coldLoad(`${site.url}bench/static.html`, false));
  widgetRuns.push(await coldLoad(site.url, true));
}
const phoneLoads = Math.max(3, Math.round(loads / 2));
console.log(`bench: ${phoneLoads} cold loads of each page on the phone profile…`);
const phoneStatic = [];
const phoneWidget = [];
for (let i = 0; i < phoneLoads; i++) {
  phoneStatic.push(await coldLoad(`${site.url}bench/static.html`, false, true));
  phoneWidget.push(await coldLoad(site.url, true, true));
}
const staticFcp = staticRuns.map((r) => r.fcp);
const widgetFcp = widgetRuns.map((r) => r.fcp);
const widgetDeadline = widgetRuns.map((r) => r.deadline);
const widgetSettled = widgetRuns.map((r) => r.settled);

// 3. Interaction latency (unthrottled and on the phone profile) and memory, on one warm page.
const CHANGES = () => {
  const root = document.querySelector('sla-calculator').shadowRoot;
  const choices = [['region', ['americas', 'emea', 'apac', 'japan']], ['priority', ['P1', 'P2', 'P3', 'P4']], ['tier', ['online', 'business']]];
  const times = [];
  for (let i = 0; i < 200; i++) {
    const [name, values] = choices[i % 3];
    const select = root.querySelector(`select[name=${name}]`);
    select.value = values[(i / 3 | 0) % values.length];
    const start = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const after = root.querySelector('[part=deadline] time').getAttribute('datetime');
    times.push(performance.now() - start);
    if (!after) throw new Error('no deadline after a change');
  }
  return times;
};
const phone = await phoneContext();
await phone.page.goto(site.url);
await phone.page.locator('sla-calculator [part=deadline] time[datetime]').first().waitFor({ timeout: 60000 });
const phoneInteractions = await phone.page.evaluate(CHANGES);
await phone.context.close();
const context = await browser.newContext({ timezoneId: 'Europe/Paris', locale: 'fr-FR' });
const page = await context.newPage();
await page.goto(site.url);
await page.locator('sla-calculator [part=deadline] time[datetime]').first().waitFor();
const interactions = await page.evaluate(CHANGES);

const memory = await page.evaluate(async () => {
  const { default: init } = await import('/dist/wasm/sla_calculator.js');
  const wasm = await init();
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const measure = () => { window.gc(); return { wasm: wasm.memory.buffer.byteLength, heap: performance.memory.usedJSHeapSize }; };
  const host = document.querySelector('sla-calculator');
  const rerender = async (n) => { for (let i = 0; i < n; i++) { host.setAttribute('tier', i % 2 ? 'online' : 'business'); host.setAttribute('priority', `P${1 + (i % 4)}`); } await settle(); };
  const cycles = async (n) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('sla-calculator');
      el.setAttribute('lang', ['fr', 'en', 'ja'][i % 3]);
      document.body.append(el);
      while (!el.shadowRoot?.querySelector('time')) await settle(); // (no shadow root until the widget shows)
      el.remove();
    }
    await settle();
  };
  // Warm-up to the allocator's steady state (its high-water mark), then
  // measure. The mark is reached once the three languages are loaded and
  // rendered (the cycles load en and ja: the catalog then holds all three
  // languages' texts) — measured 2026-12-05: 1,600 KB after 500 renders,
  // 1,664 KB after 100 cycles, 1,728 KB after 500 more renders, then flat
  // over 5,000 more renders and 300 more cycles. Where the mark lands
  // varies from run to run (1,728 or 1,920 KB on 2026-12-06, flat after
  // either over 300 more cycles; one run reached it during the measured
  // cycles, +128 KB): the warm-up runs its cycles twice.
  await rerender(1000); await cycles(100); await rerender(1000); await cycles(100);
  const start = measure();
  await rerender(1000);
  const afterRenders = measure();
  await cycles(100);
  const afterCycles = measure();
  return { start, afterRenders, afterCycles };
});

// 3b. Idle: the share of a core the page's main thread is busy while nothing
// happens, over the same minute for the static page, the example page (one
// widget following "now") and the same page with twenty widgets — the three
// at once, in separate tabs (Chromium's TaskDuration: the main thread's tasks).
const IDLE_SECONDS = quick ? 20 : 65;
console.log(`bench: ${IDLE_SECONDS} s idle, the static page and one and twenty widgets…`);
async function idlePage(url, widgets) {
  const context = await browser.newContext({ timezoneId: 'Europe/Paris', locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  if (widgets) {
    await page.evaluate((n) => {
      for (let i = 1; i < n; i++) {
        const el = document.createElement('sla-calculator');
        el.setAttribute('lang', ['fr', 'en', 'ja'][i % 3]);
        el.setAttribute('label', `Widget ${i + 1}`);
        document.body.append(el);
      }
    }, widgets);
    await page.waitForFunction((n) => [...document.querySelectorAll('sla-calculator')].filter((el) => el.shadowRoot?.querySelector('[part=deadline] time[datetime]')).length === n, widgets, { timeout: 60000 });
  }
  await page.waitForTimeout(2000);
  await cdp.send('Performance.enable');
  const busy = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])).TaskDuration;
  return { context, start: await busy(), busy };
}
const idlePages = await Promise.all([idlePage(`${site.url}bench/static.html`, 0), idlePage(site.url, 1), idlePage(site.url, 20)]);
const idleStart = performance.now();
await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
const idleWall = (performance.now() - idleStart) / 1000;
const idle = [];
for (const p of idlePages) {
  idle.push(((await p.busy()) - p.start) / idleWall);
  await p.context.close();
}
const [idleStatic, idleOne, idleTwenty] = idle;
await browser.close();
site.server.close();

// 4. Engine throughput, native.
console.log('bench: engine throughput (native)…');
const benchOut = execSync(`cargo bench --quiet --bench throughput${quick ? ' -- --quick' : ''}`).toString();
const engine = benchOut.split('\n').filter((l) => /^\| (24x7|24x5|business_hours|business_days) \|/.test(l)).map((l) => {
  const [clock, fast, naive] = l.split('|').slice(1, 4).map((c) => c.trim());
  return { clock, engine: Number(fast), naive: Number(naive), ratio: Number(fast) / Number(naive) };
});

// 5. Budgets and report.
const deadlineMedian = median(widgetDeadline);
const staticMedian = median(staticFcp);
const interactionMedian = median(interactions);
const settledMedian = median(widgetSettled);
const wasmGrowth = memory.afterCycles.wasm - memory.start.wasm;
const heapGrowthRenders = memory.afterRenders.heap - memory.start.heap;
const heapGrowthCycles = memory.afterCycles.heap - memory.afterRenders.heap;
const businessRatio = engine.find((e) => e.clock === 'business_hours')?.ratio ?? 0;
const HEAP_NOISE = 256 * 1024;
const budgets = [
  ...sizeBudgets({ total, examplePage, countryFiles }),
  ['deadline shown ≤ 2× static first paint', deadlineMedian <= BUDGET.deadlineVsStaticFcp * staticMedian, `${(deadlineMedian / staticMedian).toFixed(2)}×`],
  ['deadline settled ≤ 2× static first paint', settledMedian <= BUDGET.deadlineVsStaticFcp * staticMedian, `${(settledMedian / staticMedian).toFixed(2)}×`],
  ['phone: deadline settled ≤ 2× static first paint', median(phoneWidget.map((r) => r.settled)) <= BUDGET.deadlineVsStaticFcp * median(phoneStatic.map((r) => r.fcp)), `${(median(phoneWidget.map((r) => r.settled)) / median(phoneStatic.map((r) => r.fcp))).toFixed(2)}×`],
  ['interaction median < 16 ms', interactionMedian < BUDGET.interactionMs, ms(interactionMedian)],
  ['phone: interaction median < 16 ms', median(phoneInteractions) < BUDGET.interactionMs, ms(median(phoneInteractions))],
  ['idle, one widget following "now" ≤ 0.5 % of a core', idleOne <= BUDGET.idleOne, pct(idleOne)],
  ['idle, twenty widgets ≤ 2 % of a core', idleTwenty <= BUDGET.idleTwenty, pct(idleTwenty)],
  ['no wasm memory growth', wasmGrowth === 0, `${wasmGrowth} B`],
  [`no JS heap growth (±${HEAP_NOISE / 1024} KB of GC noise)`, Math.max(heapGrowthRenders, heapGrowthCycles) <= HEAP_NOISE, `${kb(heapGrowthRenders)} / ${kb(heapGrowthCycles)}`],
  ['engine ≥ 100× naive (business hours)', businessRatio >= BUDGET.engineRatio, `${businessRatio.toFixed(0)}×`],
];

const [sLo, sHi] = spread(staticFcp);
const [wLo, wHi] = spread(widgetFcp);
const [dLo, dHi] = spread(widgetDeadline);
const [tLo, tHi] = spread(widgetSettled);
const [iLo, iHi] = spread(interactions);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB,`,
  `headless Chromium (${browser.version?.() ?? 'Debian'}) — every figure from the same run. Machines here are noisy: compare ratios.`,
  '',
  '## Size',
  '',
  '| file | raw | gzip -9 |',
  '|---|---:|---:|',
  ...sizes.map((s) => `| ${s.what} | ${kb(s.raw)} | ${kb(s.gz)} |`),
  `| **the widget every page downloads** | ${kb(total.raw)} | **${kb(total.gz)}** |`,
  `| the built-in catalog in one language: its core and texts (the rest of its words file; ja) | ${kb(catalogTexts.raw)} | ${kb(catalogTexts.gz)} |`,
  `| compiled extra holidays of the example page | ${kb(holidays.raw)} | ${kb(holidays.gz)} |`,
  `| ${countries.what} (the example page's visitor in Paris) | ${kb(countries.raw)} | ${kb(countries.gz)} |`,
  `| **the example page** (widget, the built-in catalog in one language, compiled holidays; no reader) | ${kb(examplePage.raw)} | **${kb(examplePage.gz)}** |`,
  `| the example page in all, with its four countries' public holidays | ${kb(examplePageAll.raw)} | ${kb(examplePageAll.gz)} |`,
  `| one country's public holidays (\`holidays/XX.bin\`, ${countryFiles.length} files): median / largest | | ${kb(median(countryFiles))} / ${kb(countryFiles.at(-1))} |`,
  `| ${reader.what} | ${kb(reader.raw)} | ${kb(reader.gz)} |`,
  '',
  '### Where the widget\'s bytes go',
  '',
  'Its WebAssembly functions grouped by the part of the code their names come from (a build that keeps',
  'the names, `target/size/`), and its data. Gzip works on the whole module, so a part\'s gzipped share',
  'marked ≈ is its raw size times the module\'s ratio; data pieces are gzipped alone.',
  '',
  '| part | raw | gzip -9 |',
  '|---|---:|---:|',
  ...wasmParts().map((row) => `| ${row.what} | ${kb(row.raw)} | ${row.estimated ? '≈ ' : ''}${kb(row.gz)} |`),
  ...JSON.parse(readFileSync('src/catalog/default.json', 'utf8')).languages.map((lang) => {
    const bytes = readFileSync(`pkg/lang/${lang}.bin`);
    return `| words file \`lang/${lang}.bin\` (fetched, not in the module) | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`;
  }),
  '',
  'The catalog reader (JSON parsing and checking) is a second module that only pages passing their own',
  'catalog or holidays download, after the first deadline is shown; the built-in catalog ships pre-checked',
  'in a compact binary form inside the widget.',
  '',
  `## Loading (${loads} cold loads each, median [p10–p90])`,
  '',
  '| page | first contentful paint | deadline shown | vs static first paint | deadline settled (page holidays applied) | vs static first paint |',
  '|---|---:|---:|---:|---:|---:|',
  `| static tables (baseline) | ${ms(staticMedian)} [${ms(sLo)}–${ms(sHi)}] | — | 1.00× | — | |`,
  `| example page with the widget | ${ms(median(widgetFcp))} [${ms(wLo)}–${ms(wHi)}] | ${ms(deadlineMedian)} [${ms(dLo)}–${ms(dHi)}] | ${(deadlineMedian / staticMedian).toFixed(2)}× | ${ms(settledMedian)} [${ms(tLo)}–${ms(tHi)}] | ${(settledMedian / staticMedian).toFixed(2)}× |`,
  '',
  'Until the page\'s extra holidays are fetched and read, the element is `aria-busy` and its deadline dimmed.',
  '',
  `### Phone profile (${phoneLoads} cold loads each, median [p10–p90]): ${PHONE.latency} ms round trip, 1.6 Mbit/s down, CPU ${PHONE.cpuSlowdown}× slower, files gzipped`,
  '',
  '| page | first contentful paint | deadline shown | vs static first paint | deadline settled | vs static first paint |',
  '|---|---:|---:|---:|---:|---:|',
  (() => { const f = phoneStatic.map((r) => r.fcp); const [lo, hi] = spread(f); return `| static tables (baseline) | ${ms(median(f))} [${ms(lo)}–${ms(hi)}] | — | 1.00× | — | |`; })(),
  (() => {
    const base = median(phoneStatic.map((r) => r.fcp));
    const f = phoneWidget.map((r) => r.fcp); const d = phoneWidget.map((r) => r.deadline); const t = phoneWidget.map((r) => r.settled);
    const [fl, fh] = spread(f); const [dl, dh] = spread(d); const [tl, th] = spread(t);
    return `| example page with the widget | ${ms(median(f))} [${ms(fl)}–${ms(fh)}] | ${ms(median(d))} [${ms(dl)}–${ms(dh)}] | ${(median(d) / base).toFixed(2)}× | ${ms(median(t))} [${ms(tl)}–${ms(th)}] | ${(median(t) / base).toFixed(2)}× |`;
  })(),
  '',
  '## Interaction and memory',
  '',
  `- change of region/priority/tier → updated deadline in the DOM: median ${ms(interactionMedian)} [${ms(iLo)}–${ms(iHi)}] over 200 changes; on the phone profile (CPU ${PHONE.cpuSlowdown}× slower) median ${ms(median(phoneInteractions))} [${spread(phoneInteractions).map(ms).join('–')}]`,
  `- wasm linear memory: ${kb(memory.start.wasm)} → ${kb(memory.afterRenders.wasm)} after 1,000 re-renders → ${kb(memory.afterCycles.wasm)} after 100 insert/remove cycles`,
  `- JS heap (after gc): ${kb(memory.start.heap)} → ${kb(memory.afterRenders.heap)} → ${kb(memory.afterCycles.heap)}`,
  `- idle over the same ${Math.round(idleWall)} s, main thread busy (share of a core): static page ${pct(idleStatic)}; one widget following "now" ${pct(idleOne)}; twenty widgets ${pct(idleTwenty)} (they render when the minute changes)`,
  '',
  '## Engine throughput (native, deadlines per second, random 2026–2027 submissions)',
  '',
  '| clock | engine | naive minute-stepping | ratio |',
  '|---|---:|---:|---:|',
  ...engine.map((e) => `| ${e.clock} | ${e.engine.toLocaleString('en')} | ${e.naive.toLocaleString('en')} | ${e.ratio.toFixed(1)}× |`),
  '',
  '## Budgets',
  '',
  '| budget | result | |',
  '|---|---:|---|',
  ...budgets.map(([what, ok, value]) => `| ${what} | ${value} | ${ok ? 'met' : '**missed**'} |`),
  '',
];
const report = lines.join('\n');
console.log(`\n${report}`);
writeFileSync('BENCHMARKS.md', report);
const missed = budgets.filter(([, ok]) => !ok);
if (missed.length) {
  console.error(`bench: ${missed.length} budget(s) missed: ${missed.map(([w]) => w).join('; ')}`);
  process.exit(1);
}

// The catalog playground (www/playground.html) as an author uses it, under the
// strict Content Security Policy: a catalog's problems listed with their JSON
// paths as it is typed, the widget showing the last catalog without problems,
// in a chosen language, zone and date, and "Download compiled" giving the bytes
// `sla compile` writes for the same text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;
let site;
let work;

before(async () => {
  site = await startServer({ root: 'www', csp: true });
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), 'sla-playground-'));
});

after(async () => {
  await browser?.close();
  site?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the playground checks a catalog as it is typed, shows it, and compiles it as sla compile does', async () => {
  const context = await browser.newContext({ timezoneId: 'Australia/Sydney', locale: 'en-AU', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${site.url}playground.html`);
    const widget = page.locator('#preview');
    const verdict = page.locator('#verdict');
    // Acme's catalog, loaded and shown: no problems, a deadline.
    await assert.doesNotReject(verdict.filter({ hasText: 'No problems' }).waitFor());
    await widget.locator('[part=deadline] time[datetime]').waitFor();
    assert.equal(await page.locator('#problems li').count(), 0);

    // A misspelt zone: the problem named by its path, as the CLI names it.
    const source = page.locator('#source');
    const acme = await source.inputValue();
    const broken = acme.replace('"Australia/Sydney"', '"Australia/Sydny"');
    assert.notEqual(broken, acme);
    await source.fill(broken);
    await page.locator('#problems li').first().waitFor();
    const problems = await page.locator('#problems li').allTextContents();
    assert.ok(problems.some((problem) => /^regions\[\d\]\.zone: unknown time zone "Australia\/Sydny" \(closest: Australia\/Sydney/.test(problem)), problems.join('\n'));
    assert.match(await verdict.textContent(), /problem/);
    assert.equal(await page.locator('#download').isDisabled(), true);
    // The problems are the CLI's, word for word.
    writeFileSync(join(work, 'broken.json'), broken);
    let cli = '';
    try {
      execFileSync(join(ROOT, 'target/release/sla'), ['check', 'broken.json'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      cli = error.stdout;
    }
    assert.deepEqual(cli.trim().split('\n').map((line) => line.replace(/^broken\.json: /, '')), problems);

    // Fixed again, in Japanese, for a reader in Sydney on a given date.
    await source.fill(acme);
    await verdict.filter({ hasText: 'No problems' }).waitFor();
    await page.locator('#lang').selectOption('ja');
    await page.locator('#submitted').fill('2026-12-07T22:30:00Z');
    await page.locator('#submitted').dispatchEvent('change');
    await page.waitForFunction(() => document.getElementById('preview').shadowRoot.querySelector('[part=base]')?.lang === 'ja');
    assert.ok(await widget.locator('[part=deadline] time[datetime]').getAttribute('datetime'));
    assert.equal(await page.locator('#preview').getAttribute('submitted'), '2026-12-07T22:30:00Z');

    // Downloaded compiled: the bytes `sla compile` writes for the same text.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    const downloaded = readFileSync(await download.path());
    writeFileSync(join(work, 'acme.json'), acme);
    execFileSync(join(ROOT, 'target/release/sla'), ['compile', 'acme.json', '-o', 'acme.bin'], { cwd: work });
    assert.deepEqual(downloaded, readFileSync(join(work, 'acme.bin')));
    assert.equal(download.suggestedFilename(), 'catalog.bin');
    assert.deepEqual(errors, [], 'no console errors under the strict CSP');
  } finally {
    await context.close();
  }
});

test('the playground page is accessible (axe) at desktop and phone widths, problems listed included', async () => {
  // axe is injected as a script: this context bypasses the page's CSP for it.
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}playground.html`);
      await page.locator('#verdict').filter({ hasText: 'No problems' }).waitFor();
      await page.locator('#preview [part=deadline] time[datetime]').waitFor();
      const source = page.locator('#source');
      await source.fill((await source.inputValue()).replace('"Australia/Sydney"', '"Australia/Sydny"'));
      await page.locator('#problems li').first().waitFor();
      await page.addScriptTag({ path: AXE });
      // The page around the widget (the widget has its own axe tests; in this
      // narrower column its coverage chart scrolls sideways unfocusable, a
      // known gap issue 25's chart-within-the-width closes).
      const { violations } = await page.evaluate(() => window.axe.run({ exclude: [['#preview']] }, { resultTypes: ['violations'] }));
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), [], `${viewport.width} px`);
      // Nothing wider than the screen.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${viewport.width} px`);
    } finally {
      await context.close();
    }
  }
});

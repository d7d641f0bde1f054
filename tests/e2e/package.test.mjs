// The npm package (pkg/, built by scripts/build.sh) as its users meet it:
// - `npm pack` gives a tarball with everything a page needs, and package.json's
//   entry points, types and manifest resolve to files in it;
// - the Custom Elements Manifest and the TypeScript declarations list what the
//   element really has (attributes, properties, events, parts, custom properties);
// - a bundler consumer (esbuild) importing the package by name, with its files
//   served from elsewhere (setAssetPath);
// - a VitePress site (Vue, every page rendered in Node first) whose theme
//   imports the package: its server-side build succeeds and the page's
//   deadline is the CLI's;
// - a real documentation generator (MkDocs with the Material theme, pinned in
//   scripts/setup.sh) whose Markdown pages embed the widget: the deadline
//   appears and is the CLI's, two pages with widgets, Material's instant
//   navigation between them without leaks or duplicate definitions, and dark
//   mode following the site's palette switch.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

/** The built-in catalog's languages: one words file each in the package. */
const LANGUAGES = JSON.parse(readFileSync(new URL('../../src/catalog/default.json', import.meta.url), 'utf8')).languages;

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

let browser;
let work;
let unpacked; // the package as `npm install` would leave it
let tarball;
const servers = [];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sla-package-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work, join(ROOT, 'pkg')], { encoding: 'utf8' }));
  tarball = join(work, filename);
  unpacked = join(work, 'tarball');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', join(work, filename), '-C', unpacked, '--strip-components=1']);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const { server } of servers) server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function serve(root) {
  const site = await startServer({ root });
  servers.push(site);
  return site;
}

/** Opens a page; collects console errors, failed requests and every request. */
async function open(url, { timezoneId = 'Europe/Madrid', locale = 'es-ES', colorScheme = 'light', init } = {}) {
  const context = await browser.newContext({ timezoneId, locale, colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const errors = [];
  const failed = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(url);
  return { page, context, errors, failed, requests };
}

async function ready(page, selector) {
  await page.locator(`${selector} time[datetime]`).first().waitFor({ timeout: 20000 });
  await page.waitForFunction((sel) => !document.querySelector(sel).hasAttribute('aria-busy'), selector, { timeout: 20000 });
}

/** The CLI's deadline for the same case: the widget must agree with it. */
function cliDeadline(request) {
  const out = execFileSync(join(ROOT, 'target/release/sla'), ['deadline', '--jsonl'], { input: `${JSON.stringify(request)}\n`, encoding: 'utf8' });
  const answer = JSON.parse(out);
  assert.ok(answer.deadline_utc, out);
  return answer.deadline_utc;
}

/** An author's project with nothing but the tarball installed (`npm install`, offline). */
let authorDir;
function authorProject() {
  if (authorDir) return authorDir;
  authorDir = join(work, 'author');
  mkdirSync(authorDir);
  writeFileSync(join(authorDir, 'package.json'), '{ "name": "docs", "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: authorDir, encoding: 'utf8' });
  return authorDir;
}

/** The tag lists of the element's JSDoc (`@csspart name - …`). */
function jsdocNames(tag) {
  const source = readFileSync(join(ROOT, 'www/sla-element.js'), 'utf8');
  return [...source.matchAll(new RegExp(`^ \\* @${tag} (?:\\{[^}]*\\} )?([\\w-]+)`, 'gm'))].map((m) => m[1]);
}

describe('the npm package', () => {
  test('the size gate passes the package as built, and fails it with 1 KB more WebAssembly', () => {
    // `npm test`'s last step (scripts/sizes.mjs), on a copy of the package:
    // as built it passes; grown by 1 KB of random bytes, which gzip cannot
    // shrink (a build without its size flags adds several), it fails and
    // says why.
    const copy = mkdtempSync(join(tmpdir(), 'sla-sizes-'));
    try {
      cpSync(join(ROOT, 'pkg'), join(copy, 'pkg'), { recursive: true });
      mkdirSync(join(copy, 'www/catalogs'), { recursive: true });
      cpSync(join(ROOT, 'www/catalogs/extra-holidays.bin'), join(copy, 'www/catalogs/extra-holidays.bin'));
      const gate = () => spawnSync(process.execPath, [join(ROOT, 'scripts/sizes.mjs')], { cwd: copy, encoding: 'utf8' });
      assert.equal(gate().status, 0);
      const wasm = join(copy, 'pkg/wasm/sla_calculator_bg.wasm');
      writeFileSync(wasm, Buffer.concat([readFileSync(wasm), randomBytes(1024)]));
      const grown = gate();
      assert.equal(grown.status, 1);
      assert.match(grown.stdout, /MISSED: widget/);
      assert.match(grown.stderr, /budget\(s\) missed/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('npm pack holds the wasm, element, CSS, types, manifest and README, and package.json points at them', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
    const cargoVersion = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
    assert.equal(manifest.name, 'sla-calculator');
    assert.equal(manifest.version, cargoVersion, 'the package and the crate have one version');
    for (const file of ['sla-calculator.js', 'sla-calculator.css', 'sla-static.css', 'sla-calculator.d.ts', 'custom-elements.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE',
      'wasm/sla_calculator.js', 'wasm/sla_calculator_bg.wasm', 'wasm/sla_reader.js', 'wasm/sla_reader_bg.wasm', ...LANGUAGES.map((lang) => `lang/${lang}.bin`),
      'holidays/JP.bin', 'holidays/ES.bin', 'holidays/LICENSE', 'lang/LICENSE.md', 'schema/catalog.schema.json', 'schema/holidays.schema.json', 'bin/sla.wasm']) {
      assert.ok(existsSync(join(unpacked, file)), `the tarball has ${file}`);
    }
    // Every entry point the package declares exists in it.
    const targets = [manifest.main, manifest.module, manifest.types, manifest.customElements,
      ...Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))];
    for (const target of targets.filter((t) => !t.includes('*'))) {
      assert.ok(existsSync(join(unpacked, target)), `${target} is in the package`);
    }
    assert.equal(manifest.exports['.'].types, './sla-calculator.d.ts');
    assert.ok(manifest.sideEffects.includes('./sla-calculator.js'), 'the loader defines the element: a side effect bundlers keep');
    // Nothing of the repository beyond the package's files.
    assert.deepEqual(readdirSync(unpacked).sort(), ['CHANGELOG.md', 'LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'bin', 'custom-elements.json', 'holidays', 'lang', 'package.json', 'playground.css', 'playground.html', 'playground.js', 'schema',
      'sla-calculator.css', 'sla-calculator.d.ts', 'sla-calculator.js', 'sla-static.css', 'wasm']);
  });

  test('the Custom Elements Manifest and the declarations list what the element has', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'custom-elements.json'), 'utf8'));
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
    assert.equal(declaration.tagName, 'sla-calculator');
    assert.equal(declaration.name, 'SlaCalculator');
    // The loader, the package's main module (the element bundled in it), defines the element.
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e]));
    assert.deepEqual(definitions, [['sla-calculator.js', { kind: 'custom-element-definition', name: 'sla-calculator', declaration: { name: 'SlaCalculator', module: 'sla-calculator.js' } }]]);
    for (const module of manifest.modules) assert.ok(existsSync(join(unpacked, module.path)), `${module.path} is in the package`);
    const names = (list) => (list ?? []).map((x) => x.name).sort();
    // The attributes the element observes (its source's OBSERVED list, plus `holidays`).
    const source = readFileSync(join(ROOT, 'www/sla-element.js'), 'utf8');
    const observed = JSON.parse(/export const OBSERVED = (\[[^\]]*\])/.exec(source)[1].replaceAll("'", '"'));
    assert.deepEqual(names(declaration.attributes), [...observed, 'holidays'].sort());
    // Parts and custom properties: the JSDoc's lists, which tests/attributes.rs keeps equal to the view and the CSS.
    assert.deepEqual(names(declaration.cssParts), jsdocNames('csspart').sort());
    assert.ok(names(declaration.cssParts).includes('by-tier') && names(declaration.cssParts).includes('filing'));
    assert.deepEqual(names(declaration.cssProperties), jsdocNames('cssproperty').sort());
    assert.ok(names(declaration.cssProperties).includes('--sla-ok') && names(declaration.cssProperties).includes('--sla-warn'));
    assert.deepEqual(names(declaration.events), ['sla-change', 'sla-error']);
    const publicMembers = declaration.members.filter((m) => m.privacy !== 'private').map((m) => m.name).sort();
    const reflected = observed.filter((name) => name !== 'lang');
    assert.deepEqual(publicMembers, [...reflected, 'catalog', 'deadline', 'extraHolidays', 'loadCatalog'].sort());
    // The TypeScript interface declares the same properties (and lang, HTMLElement's).
    const types = readFileSync(join(unpacked, 'sla-calculator.d.ts'), 'utf8');
    const body = /export interface SlaCalculatorElement extends HTMLElement \{([\s\S]*?)\n\}/.exec(types)[1];
    const declared = [...body.matchAll(/^ {2}(?:readonly )?(\w+)[(:]/gm)].map((m) => m[1]).filter((n) => n !== 'addEventListener');
    assert.deepEqual(declared.sort(), ['lang', ...publicMembers].sort());
  });

  test('importing the package where there is no DOM, as docs frameworks do while rendering pages, neither throws nor defines', () => {
    // VitePress, Docusaurus, Astro and Next.js import a page's modules in
    // Node to render it (SSR): the import must not throw, and must leave the
    // element to the page's own import in the browser.
    const app = join(work, 'ssr');
    cpSync(unpacked, join(app, 'node_modules/sla-calculator'), { recursive: true });
    const script = [
      "const { SlaCalculator, setAssetPath } = await import('sla-calculator');",
      'console.log(typeof SlaCalculator, typeof setAssetPath, typeof globalThis.customElements);',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    assert.equal(out.trim(), 'function function undefined');
  });

  test("the package's command (npx sla-calculator) checks, compiles and renders as the native CLI does", () => {
    // An author's project with nothing but the tarball installed: its
    // `sla-calculator` command is the CLI compiled to WebAssembly (WASI), run
    // by Node. Each case gives the same output, messages and exit status as
    // target/release/sla, and the same compiled bytes.
    const app = authorProject();
    cpSync(join(ROOT, 'www/catalogs/acme.json'), join(app, 'acme.json'));
    writeFileSync(join(app, 'broken.json'), '{"schema": 1, "tiers": [{"id": "gold"}], "regions": "everywhere"}\n');
    const run = (command, args, input) => {
      const { status, stdout, stderr } = spawnSync(command, args, { cwd: app, encoding: 'utf8', input });
      return { status, stdout, stderr };
    };
    const ours = (args, input) => run('npx', ['--no-install', 'sla-calculator', ...args], input);
    const native = (args, input) => run(join(ROOT, 'target/release/sla'), args, input);
    const request = '{"tier":"business","priority":"P2","region":"emea","visitor_zone":"Europe/Madrid","submitted":"2026-12-07T16:30:00Z"}\n';
    for (const [args, input] of [
      [['check', 'acme.json']],
      [['check', 'broken.json']],
      [['check', 'missing.json']],
      [['render', '--lang', 'en', '--catalog', 'acme.json']],
      [['render', '--lang', 'ja', '--tiers', 'online,business']],
      [['zones']],
      [['deadline', '--jsonl'], request],
      [['frobnicate']],
    ]) {
      const [expected, got] = [native(args, input), ours(args, input)];
      assert.deepEqual(got, expected, args.join(' '));
    }
    assert.equal(native(['check', 'broken.json']).status, 1, 'a catalog with problems fails');
    assert.match(native(['check', 'broken.json']).stdout, /broken\.json: regions: /);
    // Compiled, byte for byte.
    assert.equal(ours(['compile', 'acme.json', '-o', 'acme.bin']).status, 0);
    assert.equal(native(['compile', 'acme.json', '-o', 'acme-native.bin']).status, 0);
    assert.deepEqual(readFileSync(join(app, 'acme.bin')), readFileSync(join(app, 'acme-native.bin')));
  });

  test("the package's playground (npx sla-calculator playground): problems with their paths as you type, the widget beside them", async () => {
    // The command npm linked (node_modules/.bin), run by Node itself so that stopping it stops the server.
    const command = join(authorProject(), 'node_modules/.bin/sla-calculator');
    const server = spawn(process.execPath, [command, 'playground', '--port', '0'], { cwd: authorDir, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise((resolve, reject) => {
        server.stdout.on('data', (chunk) => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
          if (found) resolve(found[0]);
        });
        server.on('exit', (code) => reject(new Error(`the playground stopped (${code})`)));
      });
      const { page, context, errors, failed } = await open(url, { timezoneId: 'Europe/Madrid', locale: 'en-GB' });
      try {
        // It starts from the package's rich example, without problems, shown.
        await page.locator('#verdict').filter({ hasText: 'No problems' }).waitFor();
        await ready(page, '#preview');
        // A typo: named with its path, as `sla check` names it.
        const source = page.locator('#source');
        await source.fill((await source.inputValue()).replace('"clock": "24x5"', '"clock": "24x6"'));
        await page.locator('#problems li').first().waitFor();
        assert.match((await page.locator('#problems li').allTextContents()).join('\n'), /^tiers\[\d\]\.targets\.\w+\.clock: /m);
        // The smallest catalog, shown in the widget beside it.
        await page.locator('#start').selectOption('schema/examples/minimal.json');
        await page.locator('#verdict').filter({ hasText: 'No problems' }).waitFor();
        await page.waitForFunction(() => document.getElementById('preview').shadowRoot.textContent.includes('New Zealand'));
        assert.deepEqual(failed, []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
      // Only the package's files: nothing outside its folder, however the path is written.
      // (The author's own package.json is two folders up: a path climbing there
      // gets the package's, and one to /etc nothing.)
      for (const path of ['..%2F..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json']) {
        assert.equal((await (await fetch(`${url}${path}`)).json()).name, 'sla-calculator', path);
      }
      assert.equal((await fetch(`${url}..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd`)).status, 404);
    } finally {
      server.kill();
    }
  });

  test('TypeScript reads the package\'s own declarations, by its name', () => {
    // A strict consumer in a project where the tarball is installed (no path
    // mapping): its @ts-expect-error lines fail the build if the types are missing.
    const app = join(work, 'typed');
    cpSync(unpacked, join(app, 'node_modules/sla-calculator'), { recursive: true });
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'es2022', moduleResolution: 'bundler', lib: ['es2022', 'dom'], skipLibCheck: false },
      files: ['page.ts'],
    }));
    writeFileSync(join(app, 'page.ts'), [
      "import { setAssetPath, type SlaChangeDetail } from 'sla-calculator';",
      "setAssetPath('/assets/sla-calculator/');",
      "const element = document.createElement('sla-calculator');",
      "element.region = 'emea';",
      "element.addEventListener('sla-change', (event) => { const detail: SlaChangeDetail = event.detail; void detail.deadline; });",
      '// @ts-expect-error: no such property',
      "element.regoin = 'emea';",
      '// @ts-expect-error: read-only',
      "element.deadline = '2026-01-01T00:00:00Z';",
      '',
    ].join('\n'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
  });

  test('a bundle (esbuild) importing the package by name, its files served from elsewhere', async () => {
    const app = join(work, 'bundled');
    cpSync(unpacked, join(app, 'node_modules/sla-calculator'), { recursive: true });
    writeFileSync(join(app, 'main.js'), [
      "import { setAssetPath, SlaCalculator } from 'sla-calculator';",
      "setAssetPath('/vendor/sla-calculator/');",
      "window.bundledClass = SlaCalculator === customElements.get('sla-calculator');",
      '// What the element really has, for the manifest to be checked against.',
      "const lifecycle = ['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback'];",
      'window.elementHas = {',
      '  members: Object.getOwnPropertyNames(SlaCalculator.prototype).filter((name) => !lifecycle.includes(name)).sort(),',
      '  attributes: [...SlaCalculator.observedAttributes].sort(),',
      '};',
      '',
    ].join('\n'));
    await build({ absWorkingDir: app, entryPoints: ['main.js'], bundle: true, format: 'esm', splitting: true, outdir: 'site/app', logLevel: 'silent' });
    // The site serves the bundle, and the package's files in /vendor/ as an author would copy them.
    cpSync(join(app, 'node_modules/sla-calculator'), join(app, 'site/vendor/sla-calculator'), { recursive: true });
    writeFileSync(join(app, 'site/index.html'), [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bundled</title><link rel="icon" href="data:,">',
      '<script type="module" src="app/main.js"></script></head>',
      '<body><sla-calculator tiers="online business" tier="business" region="japan" priority="P2" submitted="2026-12-04T08:30:00Z"></sla-calculator></body></html>',
    ].join('\n'));
    const site = await serve(join(app, 'site'));
    const { page, context, errors, failed, requests } = await open(site.url, { timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });
    try {
      await ready(page, 'sla-calculator');
      const shown = await page.locator('sla-calculator time[datetime]').first().getAttribute('datetime');
      assert.equal(shown, cliDeadline({ tier: 'business', region: 'japan', priority: 'P2', submitted: '2026-12-04T08:30:00Z', visitor_zone: 'Asia/Tokyo' }));
      assert.equal(await page.evaluate(() => window.bundledClass), true, 'the bundle exports the defined class');
      // The manifest lists exactly the element's public members and observed attributes.
      const manifest = JSON.parse(readFileSync(join(unpacked, 'custom-elements.json'), 'utf8'));
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
      const has = await page.evaluate(() => window.elementHas);
      assert.deepEqual(declaration.members.filter((m) => m.privacy !== 'private').map((m) => m.name).sort(), has.members);
      assert.deepEqual(declaration.attributes.map((a) => a.name).sort(), has.attributes);
      assert.ok(requests.includes('/vendor/sla-calculator/wasm/sla_calculator_bg.wasm'), requests.join(' '));
      assert.ok(requests.includes('/vendor/sla-calculator/sla-calculator.css'), requests.join(' '));
      assert.ok(requests.includes('/vendor/sla-calculator/lang/en.bin'), requests.join(' '));
      // Japan's public holidays (Japan reads Tokyo's clock), from the assets too.
      assert.ok(requests.includes('/vendor/sla-calculator/holidays/JP.bin'), requests.join(' '));
      assert.ok(!requests.some((r) => r.startsWith('/app/wasm/') || r.startsWith('/app/lang/') || r.startsWith('/app/holidays/')), 'nothing fetched beside the bundle');
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('in a documentation site built by VitePress (Vue, rendered on the server first)', () => {
  let site;
  let built;

  before(async () => {
    // Inside the repository, so that the site finds VitePress in its node_modules;
    // the package installed in the site's own node_modules, and its files in public/.
    const dir = join(ROOT, 'target/vitepress-site');
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(ROOT, 'tests/docs-site-vitepress'), dir, { recursive: true });
    cpSync(unpacked, join(dir, 'node_modules/sla-calculator'), { recursive: true });
    cpSync(unpacked, join(dir, 'public/sla-calculator'), { recursive: true });
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vitepress/bin/vitepress.js'), 'build', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    built = join(dir, '.vitepress/dist');
    site = await serve(built);
  });

  test('its server-side build renders the page, and the deadline appears in it, the CLI\'s, from Madrid', async () => {
    // The page went through Vue's server renderer, the package imported there.
    assert.match(readFileSync(join(built, 'index.html'), 'utf8'), /<sla-calculator id="plans"/);
    const { page, context, errors, failed } = await open(site.url, { timezoneId: 'Europe/Madrid' });
    try {
      await page.locator('#plans').evaluate((el) => el.setAttribute('submitted', '2026-12-04T16:30:00Z'));
      await ready(page, '#plans');
      const shown = await page.locator('#plans').evaluate((el) => el.deadline);
      assert.equal(shown, cliDeadline({ tier: 'business', region: 'emea', priority: 'P2', submitted: '2026-12-04T16:30:00Z', visitor_zone: 'Europe/Madrid' }));
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('in a documentation site built by MkDocs (Material theme)', () => {
  let site;

  before(async () => {
    const out = join(work, 'docs-site');
    mkdirSync(out);
    site = await serve(out);
    // Material's instant navigation follows the links its sitemap lists, read
    // with the site's address (its port too): build for the test server's.
    const config = join(work, 'mkdocs.yml');
    writeFileSync(config, [
      `INHERIT: ${join(ROOT, 'tests/docs-site/mkdocs.yml')}`,
      `docs_dir: ${join(ROOT, 'tests/docs-site/docs')}`,
      `site_url: ${site.url}`,
      '',
    ].join('\n'));
    execFileSync('python3', ['-m', 'mkdocs', 'build', '--quiet', '--strict', '-f', config, '-d', out], {
      env: { ...process.env, NO_MKDOCS_2_WARNING: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // As an author does after `npm install sla-calculator`: the package's files in the site's assets.
    cpSync(unpacked, join(out, 'assets/sla-calculator'), { recursive: true });
  });

  // Counts the timers the widgets hold: each keeps one, re-armed for the next
  // minute while it is connected (its loads' timers end with them).
  const countTimers = () => {
    const live = new Set();
    const set = window.setTimeout;
    const clear = window.clearTimeout;
    window.setTimeout = (callback, ...rest) => {
      // The widget's own (Material's RxJS schedulers use timers too).
      if (!new Error().stack.includes('/sla-calculator/')) return set(callback, ...rest);
      const id = set((...args) => { live.delete(id); callback(...args); }, ...rest);
      live.add(id);
      return id;
    };
    window.clearTimeout = (id) => { live.delete(id); clear(id); };
    window.liveTimers = () => live.size;
  };
  const timersSettleAt = (page, count) => page.waitForFunction((n) => window.liveTimers() === n, count, { timeout: 8000 });

  test('the deadline appears in a Markdown page and is the CLI\'s, from Madrid', async () => {
    const { page, context, errors, failed } = await open(site.url, { timezoneId: 'Europe/Madrid' });
    try {
      await page.locator('#plans').evaluate((el) => el.setAttribute('submitted', '2026-12-04T16:30:00Z'));
      await ready(page, '#plans');
      await page.locator('#plans').evaluate((el) => {
        el.tier = 'business';
        el.priority = 'P2';
      });
      const shown = await page.locator('#plans').evaluate((el) => el.deadline);
      // Madrid belongs to emea, whose hours are read in the visitor's own zone.
      assert.equal(shown, cliDeadline({ tier: 'business', region: 'emea', priority: 'P2', submitted: '2026-12-04T16:30:00Z', visitor_zone: 'Europe/Madrid' }));
      assert.equal(await page.locator('#plans').evaluate((el) => el.shadowRoot.querySelector('select[name=region]').value), 'emea');
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('instant navigation between two pages with widgets: each renders, nothing leaks or is defined twice', async () => {
    const { page, context, errors, failed, requests } = await open(site.url, { timezoneId: 'Asia/Seoul', locale: 'ko-KR', init: countTimers });
    try {
      await ready(page, '#plans');
      await page.evaluate(() => { window.sameDocument = true; });
      for (let round = 0; round < 4; round++) {
        await page.locator('article').getByRole('link', { name: 'response times by plan' }).click();
        await ready(page, '#outage');
        await ready(page, '#question');
        assert.equal(await page.evaluate(() => window.sameDocument), true, 'Material swapped the page without reloading it');
        assert.equal(await page.locator('sla-calculator').count(), 2);
        assert.equal(await page.locator('#question').evaluate((el) => el.shadowRoot.querySelector('h2, h3')?.textContent ?? ''), 'Question');
        // Only the widgets on the page tick: the previous page's stopped when removed.
        await timersSettleAt(page, 2);
        await page.locator('article').getByRole('link', { name: 'support plans' }).click();
        await ready(page, '#plans');
        await timersSettleAt(page, 1);
      }
      // Seoul is in apac, read in Seoul time: the widget says so.
      assert.equal(await page.locator('#plans').evaluate((el) => el.shadowRoot.querySelector('select[name=region]').value), 'apac');
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
      // The loader ran once, and the WebAssembly came once, for all the pages seen.
      const count = (file) => requests.filter((r) => r.endsWith(file)).length;
      assert.equal(count('/assets/sla-calculator/sla-calculator.js'), 1);
      assert.equal(count('/assets/sla-calculator/wasm/sla_calculator_bg.wasm'), 1);
    } finally {
      await context.close();
    }
  });

  test('dark mode follows the site\'s palette switch', async () => {
    const { page, context, errors } = await open(site.url);
    try {
      await ready(page, '#plans');
      const background = () => page.locator('#plans').evaluate((el) => getComputedStyle(el).backgroundColor);
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      assert.ok(luminance(await background()) > 0.8, `light at first: ${await background()}`);
      await page.locator('label.md-header__button[for^="__palette"]:visible').click();
      await page.waitForFunction(() => document.body.getAttribute('data-md-color-scheme') === 'slate');
      assert.ok(luminance(await background()) < 0.2, `dark with the site: ${await background()}`);
      await page.locator('label.md-header__button[for^="__palette"]:visible').click();
      await page.waitForFunction(() => document.body.getAttribute('data-md-color-scheme') === 'default');
      assert.ok(luminance(await background()) > 0.8, `light again: ${await background()}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

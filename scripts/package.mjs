// Makes pkg/ an npm package: its package.json (npm/package.json with the
// crate's version from Cargo.toml, so both always agree), its README and
// the licence texts.
//
//   node scripts/package.mjs
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const cargo = readFileSync('Cargo.toml', 'utf8');
const version = /^version = "([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('Cargo.toml has no version');
const manifest = JSON.parse(readFileSync('npm/package.json', 'utf8'));
manifest.version = version;
writeFileSync('pkg/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync('npm/README.md', 'pkg/README.md');
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md']) copyFileSync(file, `pkg/${file}`);

// The catalog playground, for `npx sla-calculator playground`: the example
// site's page, its files next to it in the package, starting from the
// package's example catalogs.
const playground = readFileSync('www/playground.html', 'utf8')
  .replace(' data-package="dist/"', '')
  .replace('href="favicon.svg" type="image/svg+xml"', 'href="data:,"')
  .replace('href="page.css"', 'href="playground.css"')
  .replace('src="dist/sla-calculator.js"', 'src="sla-calculator.js"')
  .replace('<a class="brand" href="./">sla-calculator examples</a>', '<span class="brand">sla-calculator</span>')
  .replace(/<select id="start">[\s\S]*?<\/select>/, [
    '<select id="start">',
    '            <option value="schema/examples/rich.json">Canonical Ubuntu Pro (every kind of field)</option>',
    '            <option value="schema/examples/minimal.json">The smallest catalog</option>',
    '          </select>',
  ].join('\n'));
if (!playground.includes('schema/examples/rich.json') || playground.includes('dist/')) throw new Error('package: the playground page did not take the package\'s paths');
writeFileSync('pkg/playground.html', playground);
copyFileSync('www/playground.js', 'pkg/playground.js');
copyFileSync('www/page.css', 'pkg/playground.css');

// The Custom Elements Manifest, as the analyzer wrote it from the element and
// the loader (`cem analyze` in scripts/build.sh), made the package's: one
// module, sla-calculator.js, as scripts/minify.mjs bundles them. It declares
// the element's class (the element's helpers are the module's own, not
// exported) and setAssetPath, and defines the class as <sla-calculator> (the
// analyzer sees only defineSlaCalculator's `tagName` parameter and a local
// `element`).
const manifestPath = 'pkg/custom-elements.json';
const elements = JSON.parse(readFileSync(manifestPath, 'utf8'));
const modulePath = (path) => path.replace(/^(www\/|\.\/)/, '');
const element = elements.modules.find((m) => modulePath(m.path) === 'sla-element.js');
const loader = elements.modules.find((m) => modulePath(m.path) === 'sla-calculator.js');
if (!element || !loader) throw new Error('package: the manifest has no element or no loader module');
const MODULE = 'sla-calculator.js';
const elementClass = element.declarations.find((d) => d.kind === 'class' && d.name === 'SlaCalculator');
if (!elementClass) throw new Error('package: the manifest does not declare SlaCalculator');
loader.path = MODULE;
loader.declarations = [elementClass, ...(loader.declarations ?? [])];
loader.exports = [
  ...(loader.exports ?? []).filter((entry) => entry.kind === 'js').map((entry) => ({ ...entry, declaration: { name: entry.declaration.name, module: MODULE } })),
  { kind: 'custom-element-definition', name: 'sla-calculator', declaration: { name: 'SlaCalculator', module: MODULE } },
];
elements.modules = [loader];
writeFileSync(manifestPath, `${JSON.stringify(elements, null, 2)}\n`);

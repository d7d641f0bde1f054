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
for (const license of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(license, `pkg/${license}`);

// The Custom Elements Manifest, as the analyzer wrote it from the loader and
// the element (`cem analyze` in scripts/build.sh): module paths made the
// package's, and the definition put where it happens — the loader, the
// package's main module, defines the class of sla-element.js as
// <sla-calculator> (the analyzer sees only defineSlaCalculator's `tagName`
// parameter and a local `element`).
const manifestPath = 'pkg/custom-elements.json';
const elements = JSON.parse(readFileSync(manifestPath, 'utf8'));
const packagePath = (path) => path.replace(/^(www\/|\.\/)/, '');
const definition = {
  kind: 'custom-element-definition',
  name: 'sla-calculator',
  declaration: { name: 'SlaCalculator', module: 'sla-element.js' },
};
for (const module of elements.modules) {
  module.path = packagePath(module.path);
  module.declarations = (module.declarations ?? []).filter((d) => !(d.kind === 'variable' && d.name === 'element'));
  module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
  for (const entry of module.exports) {
    if (entry.declaration?.module) entry.declaration.module = packagePath(entry.declaration.module);
  }
  if (module.path === 'sla-calculator.js') module.exports.push(definition);
}
if (!elements.modules.some((m) => m.path === 'sla-calculator.js')) throw new Error('the manifest has no loader module');
writeFileSync(manifestPath, `${JSON.stringify(elements, null, 2)}\n`);

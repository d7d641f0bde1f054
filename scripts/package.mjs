// Makes pkg/ an npm package: its package.json (npm/package.json with the
// crate's version from Cargo.toml, so both always agree) and its README.
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

// The Custom Elements Manifest, as the analyzer wrote it from www/sla-element.js
// (`cem analyze` in scripts/build.sh): its module paths are made the package's,
// and the definition names the tag the loader defines (the analyzer sees only
// defineSlaCalculator's `tagName` parameter).
const manifestPath = 'pkg/custom-elements.json';
const elements = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const module of elements.modules) {
  module.path = module.path.replace(/^www\//, '');
  for (const entry of module.exports ?? []) {
    if (entry.declaration?.module) entry.declaration.module = entry.declaration.module.replace(/^www\//, '');
    if (entry.kind === 'custom-element-definition') {
      entry.name = 'sla-calculator';
      entry.declaration = { name: 'SlaCalculator', module: module.path };
    }
  }
}
writeFileSync(manifestPath, `${JSON.stringify(elements, null, 2)}\n`);

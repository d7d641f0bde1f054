// Writes the minified copies of the element's hand-written files that pages
// load, next to the built WebAssembly in the package (pkg/), and minifies the
// wasm-bindgen glue there in place. Sources stay readable in www/; only what
// readers download is minified (terser for JS modules, csso for CSS).
//
//   node scripts/minify.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { minify as minifyCss } from 'csso';

const DIST = 'pkg';
const js = [
  ['www/sla-calculator.js', `${DIST}/sla-calculator.js`],
  ['www/sla-element.js', `${DIST}/sla-element.js`],
  [`${DIST}/wasm/sla_calculator.js`, `${DIST}/wasm/sla_calculator.js`],
  [`${DIST}/wasm/sla_reader.js`, `${DIST}/wasm/sla_reader.js`],
];

for (const [from, to] of js) {
  const { code } = await minify(readFileSync(from, 'utf8'), {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(to, code);
}
const css = readFileSync('www/sla-calculator.css', 'utf8');
writeFileSync(`${DIST}/sla-calculator.css`, minifyCss(css, { restructure: false }).css);

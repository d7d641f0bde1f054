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

// The loader and the element are one module in the package
// (sla-calculator.js): the loader runs nothing before the element is there,
// so as two files they were two requests one after the other (a round trip
// more before the WebAssembly is asked for, on a phone 150 ms), and 0.2 KB
// more gzipped than one. The sources stay two files: the element's helpers
// become the module's own (not exported), its class stays exported.
function loaderWithElement() {
  const element = readFileSync('www/sla-element.js', 'utf8');
  const loader = readFileSync('www/sla-calculator.js', 'utf8');
  const imports = "import { defineSlaCalculator, fetchBytes } from './sla-element.js';\n";
  const reexport = "export { SlaCalculator } from './sla-element.js';\n";
  if (!loader.includes(imports) || !loader.includes(reexport) || /^import /m.test(element)) {
    throw new Error('minify: the loader no longer imports the element as this script expects: update loaderWithElement()');
  }
  const helpers = element.replace(/^export (?=(const|async function|function) )/gm, '');
  return `${helpers}\n${loader.replace(imports, '').replace(reexport, '')}`;
}

const js = [
  [loaderWithElement(), `${DIST}/sla-calculator.js`],
  [readFileSync(`${DIST}/wasm/sla_calculator.js`, 'utf8'), `${DIST}/wasm/sla_calculator.js`],
  [readFileSync(`${DIST}/wasm/sla_reader.js`, 'utf8'), `${DIST}/wasm/sla_reader.js`],
];

for (const [source, to] of js) {
  const { code } = await minify(source, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(to, code);
}
// The widget's stylesheet, and the one for the static fallback `sla render`
// writes (for pages without JavaScript, and until the widget starts).
for (const name of ['sla-calculator.css', 'sla-static.css']) {
  writeFileSync(`${DIST}/${name}`, minifyCss(readFileSync(`www/${name}`, 'utf8'), { restructure: false }).css);
}

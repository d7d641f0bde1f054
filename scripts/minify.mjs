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

// The loader, the element and the element's two helper modules (its
// browser adapter, sla-browser.js, and its file fetching, sla-files.js) are
// one module in the package (sla-calculator.js): the loader runs nothing
// before the element is there, so as separate files they were requests one
// after the other (a round trip more before the WebAssembly is asked for, on
// a phone 150 ms), and 0.2 KB more gzipped than one. The sources stay
// separate files: the helpers become the module's own (not exported); the
// element's class and the loader's own exports stay exported.
const BUNDLED = ['sla-browser.js', 'sla-files.js', 'sla-element.js', 'sla-calculator.js'];
function loaderWithElement() {
  const sibling = /^(import|export) \{[^}]*\} from '\.\/(sla-browser|sla-files|sla-element)\.js';\n/gm;
  return BUNDLED.map((file) => {
    const own = readFileSync(`www/${file}`, 'utf8').replace(sibling, '');
    if (/^(import |export \{)/m.test(own)) {
      throw new Error(`minify: www/${file} imports or re-exports what the bundle does not inline: update loaderWithElement()`);
    }
    return file === 'sla-calculator.js' ? own : own.replace(/^export (?=(const|async function|function) )/gm, '');
  }).join('\n');
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

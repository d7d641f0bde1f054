// The loader, the package's main module: include this one script (or import
// it from a bundle) to use <sla-calculator> on a page.
//   <script type="module" src="node_modules/sla-calculator/sla-calculator.js"></script>
//   import 'sla-calculator';
// `npm run build` puts its minified copy in pkg/ (the npm package), beside the
// element, the CSS, wasm/ (the WebAssembly and its glue), lang/ (the
// built-in catalog's words) and holidays/ (each country's public holidays),
// which it fetches from next to itself: the WebAssembly, the CSS, the words
// of the languages shown, the holidays of the countries needed, and the catalog
// reader's module only for pages that pass their own catalog or holidays.
// A bundle that does not copy those files next to itself says where they are
// with setAssetPath() before any element needs them (the same task as the import).
// The element is defined as soon as this module runs in a browser (page
// scripts after it can call its methods); imported where there is no DOM (a
// docs framework rendering pages in Node), it defines nothing and throws
// nothing. The WebAssembly download starts when the first
// element is in the page (at once for elements already there), right after
// the importing scripts have run, alongside the glue module, and is compiled
// while it streams; a page without the element downloads nothing more.
import { defineSlaCalculator } from './sla-element.js';
import { fetchBytes } from './sla-files.js';

export { SlaCalculator } from './sla-element.js';

let assetPath = null;

/**
 * Where the package's files are (`wasm/`, `lang/`, `sla-calculator.css`), for
 * bundles that serve them elsewhere than next to the code: a URL, relative to
 * the page. Call it before the first element needs them (in the task that
 * imports the package); later calls change nothing already fetched.
 * @param {string | URL} url - e.g. `/assets/sla-calculator/`
 */
export function setAssetPath(url) {
  assetPath = new URL(url, document.baseURI);
}

// Each file's URL: from setAssetPath's folder, else next to this module (the
// literal `new URL(…, import.meta.url)` forms let bundlers such as Vite copy them).
const asset = (file, beside) => (assetPath ? new URL(file, assetPath) : beside);

// A download made once and shared by every caller; a failed one is
// forgotten, so that the next caller tries again.
const once = (download) => {
  let pending = null;
  return () =>
    (pending ??= download().catch((error) => {
      pending = null;
      throw error;
    }));
};

const loadWidget = once(() =>
  Promise.resolve().then(() => {
    // A microtask: a bundle's setAssetPath() in the importing script runs first.
    // The widget's CSS is linked from its shadow root once the WebAssembly
    // runs: start its download now, with the WebAssembly's.
    const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'style', href: stylesheet() });
    document.head.append(preload);
    const wasm = fetch(asset('wasm/sla_calculator_bg.wasm', new URL('./wasm/sla_calculator_bg.wasm', import.meta.url)));
    return import('./wasm/sla_calculator.js').then(async ({ default: init, Widget }) => {
      await init({ module_or_path: wasm });
      return (host, root, stylesheet, browser) => new Widget(host, root, stylesheet, browser);
    });
  }));

const loadReader = once(() =>
  import('./wasm/sla_reader.js').then(async ({ default: init, read_catalog, read_holidays }) => {
    await init({ module_or_path: asset('wasm/sla_reader_bg.wasm', new URL('./wasm/sla_reader_bg.wasm', import.meta.url)) });
    return { readCatalog: read_catalog, readHolidays: read_holidays };
  }));

// The built-in catalog's words, one small file a language (lang/fr.bin…),
// fetched once per page for the languages its widgets show.
// `fresh`: download again (a retry after a failure: a stalled or damaged
// download is not shared).
const words = new Map();
const loadWords = (lang, fresh) => {
  if (fresh || !words.has(lang)) {
    words.set(lang, once(() => fetchBytes(asset(`lang/${lang}.bin`, new URL(`./lang/${lang}.bin`, import.meta.url)))));
  }
  return words.get(lang)();
};

// Each country's public holidays (holidays/ES.bin…), fetched once per page
// for the countries its widgets need (the visitor's, and the regions' own).
const countries = new Map();
const loadCountry = (code, fresh) => {
  if (fresh || !countries.has(code)) {
    countries.set(code, once(() => fetchBytes(asset(`holidays/${code}.bin`, new URL(`./holidays/${code}.bin`, import.meta.url)))));
  }
  return countries.get(code)();
};

const stylesheet = () => asset('sla-calculator.css', new URL('./sla-calculator.css', import.meta.url)).href;

defineSlaCalculator(loadWidget, loadReader, stylesheet, loadWords, loadCountry);

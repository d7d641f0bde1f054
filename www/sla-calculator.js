// The loader: include this one script to use <sla-calculator> on a page.
//   <script type="module" src="dist/sla-calculator.js"></script>
// `npm run build` puts its minified copy in www/dist/, beside the element and
// pkg/ (the WebAssembly), which the paths below are relative to.
// It fetches only its own files, next to it: the WebAssembly, the CSS, the
// built-in catalog's words in the languages shown, and the catalog reader's
// module only for pages that pass their own catalog or holidays.
// The element is defined as soon as this module runs (page scripts after it
// can call its methods); the WebAssembly download starts at the same moment,
// alongside the glue module, and is compiled while it streams.
import { defineSlaCalculator } from './sla-element.js';

const here = (file) => new URL(file, import.meta.url);
const wasm = fetch(here('./pkg/sla_calculator_bg.wasm'));
const factory = import('./pkg/sla_calculator.js').then(async ({ default: init, Widget }) => {
  await init({ module_or_path: wasm });
  return (host, root, stylesheet) => new Widget(host, root, stylesheet);
});

let reader = null;
const loadReader = () =>
  (reader ??= import('./pkg/sla_reader.js')
    .then(async ({ default: init, read_catalog, read_holidays }) => {
      await init({ module_or_path: here('./pkg/sla_reader_bg.wasm') });
      return { readCatalog: read_catalog, readHolidays: read_holidays };
    })
    .catch((error) => {
      reader = null; // a failed download is tried again next time
      throw error;
    }));

// The built-in catalog's words, one small file a language (lang/fr.bin…),
// fetched once per page for the languages its widgets show.
const words = new Map();
const loadWords = (lang) => {
  if (!words.has(lang)) {
    words.set(lang, fetch(here(`./lang/${lang}.bin`))
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
        return new Uint8Array(await response.arrayBuffer());
      })
      .catch((error) => {
        words.delete(lang); // a failed download is tried again next time
        throw error;
      }));
  }
  return words.get(lang);
};

defineSlaCalculator(factory, loadReader, here('./sla-calculator.css').href, loadWords);

// The loader: include this one script to use <sla-calculator> on a page.
//   <script type="module" src="sla-calculator.js"></script>
// It fetches only its own files, next to it: the WebAssembly and the CSS.
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

defineSlaCalculator(factory, here('./sla-calculator.css').href);

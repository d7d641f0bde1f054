// The loader: include this one script to use <sla-calculator> on a page.
//   <script type="module" src="sla-calculator.js"></script>
// It fetches only its own files, next to it: the WebAssembly and the CSS.
// The WebAssembly download starts first, alongside the two modules, and is
// compiled while it streams: the first deadline appears sooner.
const here = (file) => new URL(file, import.meta.url);
const wasm = fetch(here('./pkg/sla_calculator_bg.wasm'));
const glue = import('./pkg/sla_calculator.js');
const { defineSlaCalculator } = await import('./sla-element.js');

const factory = glue.then(async ({ default: init, Widget }) => {
  await init({ module_or_path: wasm });
  return (host, root, stylesheet) => new Widget(host, root, stylesheet);
});

defineSlaCalculator(factory, here('./sla-calculator.css').href);

// The loader: include this one script to use <sla-calculator> on a page.
//   <script type="module" src="sla-calculator.js"></script>
// It fetches only its own files, next to it: the WebAssembly and the CSS.
import init, { Widget } from './pkg/sla_calculator.js';
import { defineSlaCalculator } from './sla-element.js';

const ready = init({ module_or_path: new URL('./pkg/sla_calculator_bg.wasm', import.meta.url) });
const factory = ready.then(() => (host, root, stylesheet) => new Widget(host, root, stylesheet));

defineSlaCalculator(factory, new URL('./sla-calculator.css', import.meta.url).href);

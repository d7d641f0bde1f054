// The build's last pass over a WebAssembly module and its wasm-bindgen glue
// (before the glue is minified), in place. Each step keeps the module's code as
// rustc and wasm-bindgen wrote it (wasm-opt's passes, which rewrite it all,
// grow the gzipped module: measured with binaryen 132 from npm, and Debian's
// binaryen is too old for the reference-types code rustc now emits). Figures:
// gzip -9 of the widget's module and glue, 2026-11-30.
//
// 1. Short import names. wasm-bindgen names each import after its JS function
//    and a 16-digit hash (`__wbg_getAttribute_c7b80d4010284561`), written in
//    the module and again in the glue; the hashes do not compress. Each import
//    becomes its number in base 36, and the glue's import object says the
//    same: −1.6 KB of module, −0.5 KB of minified glue.
// 2. The glue no longer exports `initSync` (the loader instantiates the module
//    as it streams, with the default export), so the minifier drops it:
//    −0.06 KB of glue.
// 3. No dead closure shims. The function table holds a shim for every closure
//    type that a js-sys or web-sys import takes (44 in the widget: typed
//    arrays' `forEach` and the like), because wasm-bindgen lists them there
//    whether or not the code passes such a closure. When the module exports
//    no function table, JavaScript cannot reach them, and Rust never calls a
//    shim (they exist for JavaScript): their bodies become `unreachable`.
// 4. The `name`, `producers` and `target_features` custom sections go: they
//    serve only debugging and tools (~70 KB raw).
// 5. No glue for callers the package does not have: the loader passes one
//    object to the default export (no warning about the older positional
//    parameters), frees each widget itself (no `Symbol.dispose` for `using`),
//    and runs where `TextEncoder#encodeInto` exists (every browser since
//    2020; no fallback for it); its warning for a server that sends the
//    module with another type than `application/wasm` is said in a line;
//    and the element frees each widget it makes, so no FinalizationRegistry
//    frees them again: −0.2 KB of gzipped glue, measured 2026-12-06.
// 6. wasm-bindgen's messages for misuse of its bindings (a Rust value taken
//    while borrowed, a null pointer, re-entrant use, a dropped closure: the
//    element never does these) say it in a word or two, padded with spaces
//    to their length (their addresses and lengths are in the code): −0.1 KB
//    of gzipped module, measured 2026-12-06.
//
//   node scripts/finish-wasm.mjs MODULE_bg.wasm MODULE.js [NAMED_COPY.wasm]
//
// NAMED_COPY, if given, receives the finished module with its function names,
// for the bench's size table (scripts/wasm-parts.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bodies, exports, functionNames, imports, leb, name, sections, tableTypes } from './wasm-module.mjs';

const DROP = new Set(['name', 'producers', 'target_features']);
/** wasm-bindgen's closure shims, by the name rustc gives them. */
const CLOSURE_SHIM = /^wasm_bindgen(\[[0-9a-f]+\])?::convert::closures::_::invoke::</;
/** wasm-bindgen's messages for misuse of its bindings, and what each becomes (step 6). */
const RUNTIME_MESSAGES = [
  ['attempted to take ownership of Rust value while it was borrowed', 'value borrowed'],
  ['null pointer passed to rust', 'null pointer'],
  ['recursive use of an object detected which would lead to unsafe aliasing in rust', 'recursive use'],
  ['closure invoked recursively or after being dropped', 'closure dropped'],
];

/** A function body that traps: no locals, `unreachable`, `end`. */
const TRAP = Buffer.from([3, 0, 0x00, 0x0b]);

/** A section with a new body. */
function section(id, body) {
  return Buffer.concat([Buffer.from([id]), leb(body.length), body]);
}

/** Returns the finished module and glue, and what was done. */
export function finish(original, glue) {
  const bytes = Buffer.from(original); // (step 6 writes into it)
  const all = sections(bytes);
  const importSection = all.find((s) => s.id === 2);
  const entries = importSection ? imports(bytes, importSection) : [];
  const importedFunctions = entries.filter((e) => e.kind === 0).length;
  const names = all.find((s) => s.custom === 'name');
  const functionNamesByIndex = names ? functionNames(bytes, names) : new Map();
  const tables = all.find((s) => s.id === 4);
  const types = tables ? tableTypes(bytes, tables) : [];
  const exportSection = all.find((s) => s.id === 7);
  const exportsTable = (exportSection ? exports(bytes, exportSection) : [])
    .some((e) => e.kind === 1 && types[e.index - entries.filter((i) => i.kind === 1).length] === 0x70);

  // 1. Import names, in the module and in the glue.
  const renamed = new Map();
  const modules = new Map();
  const rewritten = [leb(entries.length)];
  for (const entry of entries) {
    if (!modules.has(entry.module)) modules.set(entry.module, modules.size.toString(36));
    const field = renamed.size.toString(36);
    renamed.set(entry.field, field);
    rewritten.push(name(modules.get(entry.module)), name(field), bytes.subarray(entry.start, entry.end));
  }
  const replaceOnce = (text, pattern, by, what) => {
    const found = text.match(new RegExp(pattern, 'g')) ?? [];
    if (found.length !== 1) throw new Error(`finish-wasm: ${what} appears ${found.length} times in the glue, not once`);
    return text.replace(new RegExp(pattern), by);
  };
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const [module, short] of modules) {
    glue = replaceOnce(glue, `"${escape(module)}":`, `"${short}":`, `the import module ${module}`);
  }
  for (const [field, short] of renamed) {
    glue = replaceOnce(glue, `(?<![\\w$])${escape(field)}:`, `"${short}":`, `the import ${field}`);
  }

  // 2. No `initSync`.
  glue = replaceOnce(glue, 'export \\{ initSync, ', 'export { ', 'the export of initSync');

  // 5. Glue for callers the package does not have.
  glue = replaceOnce(
    glue,
    " else \\{\\s*console\\.warn\\('using deprecated parameters for the initialization function; pass a single object instead'\\)\\s*\\}",
    '',
    'the warning about positional parameters',
  );
  glue = glue.replace(/^if \(Symbol\.dispose\) \w+\.prototype\[Symbol\.dispose\] = \w+\.prototype\.free;$/gm, '');
  // The element frees each widget it makes (in disconnectedCallback; the
  // bench's insert/remove cycles hold the module's memory flat): no
  // FinalizationRegistry to free one a page dropped unfreed.
  glue = glue
    .replace(/^ *\w+Finalization\.(un)?register\([^)]*\);\n/gm, '')
    .replace(/^const \w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n.*\n.*;\n/gm, '');
  if (/Finalization/.test(glue)) throw new Error('finish-wasm: the glue still names a FinalizationRegistry: update step 5');
  // The loader always says where the module is: a response on its way (the
  // widget) or a URL (the catalog reader); no default, no string or Request.
  glue = replaceOnce(
    glue,
    "\\n *if \\(module_or_path === undefined\\) \\{\\n *module_or_path = new URL\\('[\\w.]+', import\\.meta\\.url\\);\\n *\\}",
    '',
    'the default location of the module',
  );
  glue = replaceOnce(
    glue,
    "typeof module_or_path === 'string' \\|\\| \\(typeof Request === 'function' && module_or_path instanceof Request\\) \\|\\| \\(typeof URL === 'function' && module_or_path instanceof URL\\)",
    'module_or_path instanceof URL',
    'the kinds of location the module may have',
  );
  // The warning for a server that sends the module with another type, said shorter.
  glue = replaceOnce(
    glue,
    '"`WebAssembly\\.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type\\. Falling back to `WebAssembly\\.instantiate` which is slower\\. Original error:\\\\n"',
    '"WebAssembly not served as application/wasm: compiled once downloaded, slower."',
    'the warning about the WebAssembly MIME type',
  );
  glue = replaceOnce(
    glue,
    "if \\(!\\('encodeInto' in cachedTextEncoder\\)\\) \\{[^]*?\\n\\}\\n",
    '',
    'the fallback for TextEncoder#encodeInto',
  );

  // 3. Closure shims nothing can call.
  let trapped = 0;
  let codeSection = null;
  const code = all.find((s) => s.id === 10);
  if (code && !exportsTable) {
    const parts = [];
    const list = bodies(bytes, code);
    parts.push(leb(list.length));
    list.forEach((body, i) => {
      if (CLOSURE_SHIM.test(functionNamesByIndex.get(importedFunctions + i) ?? '')) {
        parts.push(TRAP);
        trapped++;
      } else {
        parts.push(bytes.subarray(body.start, body.end));
      }
    });
    codeSection = section(10, Buffer.concat(parts));
  }

  // 6. Short runtime messages, in place in the data section.
  const data = all.find((s) => s.id === 11);
  let shortened = 0;
  if (data) {
    const segment = bytes.subarray(data.start, data.end);
    for (const [message, short] of RUNTIME_MESSAGES) {
      const padded = Buffer.from(short.padEnd(message.length, ' '));
      for (let at = segment.indexOf(message); at >= 0; at = segment.indexOf(message, at)) {
        padded.copy(segment, at);
        shortened++;
      }
    }
  }

  // 4. Custom sections dropped (kept in `named`); the rest as they were.
  const module = (drop) => {
    const kept = [bytes.subarray(0, 8)];
    for (const s of all) {
      if (drop && s.id === 0 && DROP.has(s.custom)) continue;
      if (s === importSection) kept.push(section(2, Buffer.concat(rewritten)));
      else if (s === code && codeSection) kept.push(codeSection);
      else kept.push(bytes.subarray(s.start, s.end));
    }
    return Buffer.concat(kept);
  };
  return { bytes: module(true), named: module(false), glue, renamed: renamed.size, trapped, shortened };
}

const [wasmFile, glueFile, namedFile] = process.argv.slice(2);
if (glueFile && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(wasmFile);
  const done = finish(before, readFileSync(glueFile, 'utf8'));
  writeFileSync(wasmFile, done.bytes);
  writeFileSync(glueFile, done.glue);
  if (namedFile) writeFileSync(namedFile, done.named);
  console.log(`finish-wasm: ${wasmFile} ${before.length} -> ${done.bytes.length} bytes; ${done.renamed} imports renamed, ${done.trapped} closure shims emptied, ${done.shortened} runtime messages shortened`);
}

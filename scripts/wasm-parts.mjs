// Where the widget's bytes go: its WebAssembly functions grouped by the part
// of the code they come from (by their names, in a build that keeps them:
// target/size/, written by scripts/build.sh), its data (the zone tables and
// the rest), and the words files a page fetches (each language's built-in
// catalog texts, with the catalog's core, and the widget's own messages). Used by `npm run bench` for BENCHMARKS.md.
//
//   node scripts/wasm-parts.mjs    (prints the table)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bodies, dataSegments, functionNames, imports, sections } from './wasm-module.mjs';

/** Each function's body size with its name, and the data segments' bytes. */
function functions(bytes) {
  const all = sections(bytes);
  const importSection = all.find((s) => s.id === 2);
  const imported = importSection ? imports(bytes, importSection).filter((e) => e.kind === 0).length : 0;
  const nameSection = all.find((s) => s.custom === 'name');
  const names = nameSection ? functionNames(bytes, nameSection) : new Map();
  const code = all.find((s) => s.id === 10);
  const data = all.find((s) => s.id === 11);
  return {
    bodies: bodies(bytes, code).map(({ start, end }, i) => ({ size: end - start, name: names.get(imported + i) ?? '' })),
    data: data ? dataSegments(bytes, data) : [],
  };
}

// The parts of the code, by the path a function's name starts with (generic
// code instantiated for a type counts where its outer path says).
const PARTS = [
  ['engine (deadlines, schedules, filing)', /^sla_calculator::engine::/],
  ['zones (lookups, rules)', /^sla_calculator::zones::/],
  ['catalog (model, compact reader)', /^sla_calculator::catalog::/],
  ['model (selection, answer, coverage)', /^sla_calculator::model::/],
  ['view (panels, tables, chart)', /^sla_calculator::view::/],
  ['messages (code)', /^sla_calculator::i18n::/],
  ['text helpers (timestamps, share links, .ics, LEB128, sort)', /^sla_calculator::(timestamp|share|ics|leb128|sort|json|error)/],
  ['bindings (web edge, wasm-bindgen, js-sys, web-sys)', /^(sla_calculator::web::|wasm_bindgen|js_sys|web_sys|<?(js_sys|web_sys|wasm_bindgen))/],
  ['chrono', /^<?chrono/],
  ['formatting (core::fmt)', /^(<?core(\[[0-9a-f]+\])?::fmt|<?alloc(\[[0-9a-f]+\])?::fmt|<[^>]* as core(\[[0-9a-f]+\])?::fmt::)/],
];

/** The size table: rows of { what, raw, gz } (gz of code is pro rata: gzip works on the whole module). */
export function wasmParts({ named = 'target/size/sla_calculator_bg.wasm', shipped = 'pkg/wasm/sla_calculator_bg.wasm' } = {}) {
  const { bodies, data } = functions(readFileSync(named));
  const module = readFileSync(shipped);
  const ratio = gzipSync(module, { level: 9 }).length / module.length;
  const rows = PARTS.map(([what]) => ({ what, raw: 0 }));
  const rest = { what: 'collections, iterators and runtime (core, alloc, std, allocator; generics made for our types)', raw: 0 };
  for (const { size, name: raw } of bodies) {
    // Names as the standard library rebuilt with the widget writes them:
    // crate hashes (`core[c59…]`) and a leading `<`/`<&mut ` dropped.
    const name = raw.replace(/\[[0-9a-f]+\]/g, '').replace(/^<(&(mut )?)?/, '');
    const index = PARTS.findIndex(([, pattern]) => pattern.test(name));
    (index >= 0 ? rows[index] : rest).raw += size;
  }
  const code = [...rows, rest].map((row) => ({ ...row, gz: Math.round(row.raw * ratio), estimated: true }));
  // Data: measured pieces of the one data segment.
  const dataBytes = Buffer.concat(data);
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
  // The zone tables, as src/zones/tables.rs lays them out: the names (one
  // string), then arrays of bytes, [u8; 3] and u16 numbers, the country codes.
  const tables = readFileSync('src/zones/tables.rs', 'utf8');
  const between = (start, end) => tables.slice(tables.indexOf(start), tables.indexOf(end, tables.indexOf(start)));
  const numbers = (text) => (text.match(/\b\d+\b/g) ?? []).length;
  const zoneBytes = between('pub static NAMES', '";').replace(/\\\n\s*/g, '').length - 'pub static NAMES: &str = "'.length
    + numbers(between('pub static NAME_RULES', '];').split('=')[1])
    + numbers(between('pub static NAME_COUNTRIES', '];').split('=')[1])
    + numbers(between('pub static NAME_LISTED', '];').split('=')[1])
    + 2 * numbers(between('pub static RULE_STARTS', '];').split('=')[1])
    + numbers(between('pub static RULES', '];').split('=')[1])
    + between('pub static COUNTRY_CODES', '";').length - 'pub static COUNTRY_CODES: &str = "'.length;
  const known = zoneBytes;
  const dataRows = [];
  const dataRatio = gz(dataBytes) / dataBytes.length;
  dataRows.push({ what: 'data: zone tables (597 names, rules from 2020)', raw: zoneBytes, gz: Math.round(zoneBytes * dataRatio), estimated: true });
  dataRows.push({ what: 'data: the rest (strings of panics, formats, glue)', raw: dataBytes.length - known, gz: Math.round((dataBytes.length - known) * dataRatio), estimated: true });
  return [...code, ...dataRows];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of wasmParts()) console.log(`${row.what}\t${row.raw}\t${row.estimated ? '≈' : ''}${row.gz}`);
}

// Where the widget's bytes go: its WebAssembly functions grouped by the part
// of the code they come from (by their names, in a build that keeps them:
// target/size/, written by scripts/build.sh), its data (the catalog's core,
// the zone tables and the rest), and the words files a page fetches (each
// language's built-in catalog texts and the widget's own messages). Used by `npm run bench` for BENCHMARKS.md.
//
//   node scripts/wasm-parts.mjs    (prints the table)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readLeb } from './strip-wasm.mjs';

/** Each function's body size with its name, and the data segments' bytes. */
function functions(bytes) {
  let offset = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  const data = [];
  while (offset < bytes.length) {
    const id = bytes[offset++];
    const [size, body] = readLeb(bytes, offset);
    const end = body + size;
    if (id === 2) {
      // Imports: functions among them come first in the index space.
      let [count, at] = readLeb(bytes, body);
      for (; count > 0; count--) {
        for (let s = 0; s < 2; s++) {
          const [length, next] = readLeb(bytes, at);
          at = next + length;
        }
        const kind = bytes[at++];
        if (kind === 0) { imported++; at = readLeb(bytes, at)[1]; }
        else if (kind === 1) { at++; const flags = bytes[at++]; at = readLeb(bytes, at)[1]; if (flags & 1) at = readLeb(bytes, at)[1]; }
        else if (kind === 2) { const flags = bytes[at++]; at = readLeb(bytes, at)[1]; if (flags & 1) at = readLeb(bytes, at)[1]; }
        else if (kind === 3) { at += 2; }
        else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 10) {
      let [count, at] = readLeb(bytes, body);
      for (; count > 0; count--) {
        const [length, start] = readLeb(bytes, at);
        bodies.push(length + (start - at));
        at = start + length;
      }
    } else if (id === 11) {
      let [count, at] = readLeb(bytes, body);
      for (; count > 0; count--) {
        const [flags, next] = readLeb(bytes, at);
        at = next;
        if (flags === 0) { while (bytes[at] !== 0x0b) at++; at++; }
        else if (flags === 2) { at = readLeb(bytes, at)[1]; while (bytes[at] !== 0x0b) at++; at++; }
        const [length, start] = readLeb(bytes, at);
        data.push(bytes.subarray(start, start + length));
        at = start + length;
      }
    } else if (id === 0) {
      const [length, nameStart] = readLeb(bytes, body);
      if (bytes.subarray(nameStart, nameStart + length).toString('utf8') === 'name') {
        let at = nameStart + length;
        while (at < end) {
          const kind = bytes[at++];
          const [subSize, subBody] = readLeb(bytes, at);
          if (kind === 1) {
            let [count, p] = readLeb(bytes, subBody);
            for (; count > 0; count--) {
              const [index, q] = readLeb(bytes, p);
              const [nameLength, nameAt] = readLeb(bytes, q);
              names.set(index, bytes.subarray(nameAt, nameAt + nameLength).toString('utf8'));
              p = nameAt + nameLength;
            }
          }
          at = subBody + subSize;
        }
      }
    }
    offset = end;
  }
  return { bodies: bodies.map((size, i) => ({ size, name: names.get(imported + i) ?? '' })), data };
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
  const core = readFileSync('src/catalog/builtin/core.bin');
  // The zone tables, as src/zones/tables.rs lays them out: the names (one
  // string), then arrays of bytes, [u8; 3] and u16 numbers, the country codes.
  const tables = readFileSync('src/zones/tables.rs', 'utf8');
  const between = (start, end) => tables.slice(tables.indexOf(start), tables.indexOf(end, tables.indexOf(start)));
  const numbers = (text) => (text.match(/\b\d+\b/g) ?? []).length;
  const zoneBytes = between('pub static NAMES', '";').replace(/\\\n\s*/g, '').length - 'pub static NAMES: &str = "'.length
    + numbers(between('pub static NAME_INFO', '];').split('=')[1])
    + 2 * numbers(between('pub static RULE_STARTS', '];').split('=')[1])
    + numbers(between('pub static RULES', '];').split('=')[1])
    + between('pub static COUNTRY_CODES', '";').length - 'pub static COUNTRY_CODES: &str = "'.length;
  const pieces = [
    ["built-in catalog's core", core],
  ];
  const known = pieces.reduce((n, [, bytes]) => n + bytes.length, 0) + zoneBytes;
  const dataRows = pieces.map(([what, bytes]) => ({ what: `data: ${what}`, raw: bytes.length, gz: gz(bytes) }));
  const dataRatio = gz(dataBytes) / dataBytes.length;
  dataRows.push({ what: 'data: zone tables (597 names, rules from 2020)', raw: zoneBytes, gz: Math.round(zoneBytes * dataRatio), estimated: true });
  dataRows.push({ what: 'data: the rest (strings of panics, formats, glue)', raw: dataBytes.length - known, gz: Math.round((dataBytes.length - known) * dataRatio), estimated: true });
  return [...code, ...dataRows];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of wasmParts()) console.log(`${row.what}\t${row.raw}\t${row.estimated ? '≈' : ''}${row.gz}`);
}

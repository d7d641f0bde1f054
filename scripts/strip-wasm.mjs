// Removes the `name`, `producers` and `target_features` custom sections from a
// .wasm file, in place. They only serve debugging and tools; dropping them
// saves ~70 KB raw. (wasm-opt could do it, but its optimisations grow the
// gzipped module, measured with binaryen 132 from npm, and Debian's binaryen is
// too old for the reference-types code rustc now emits.)
//
//   node scripts/strip-wasm.mjs FILE.wasm
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DROP = new Set(['name', 'producers', 'target_features']);

/** An unsigned LEB128 number at `offset`: [value, the offset after it]. */
export function readLeb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
}

export function stripWasm(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  const kept = [bytes.subarray(0, 8)];
  let offset = 8;
  while (offset < bytes.length) {
    const start = offset;
    const id = bytes[offset++];
    const [size, body] = readLeb(bytes, offset);
    const end = body + size;
    let drop = false;
    if (id === 0) {
      const [length, nameStart] = readLeb(bytes, body);
      drop = DROP.has(bytes.subarray(nameStart, nameStart + length).toString('utf8'));
    }
    if (!drop) kept.push(bytes.subarray(start, end));
    offset = end;
  }
  return Buffer.concat(kept);
}

const file = process.argv[2];
if (file && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(file);
  const after = stripWasm(before);
  writeFileSync(file, after);
  console.log(`strip-wasm: ${file} ${before.length} -> ${after.length} bytes`);
}

// Reading a WebAssembly module's sections: what scripts/finish-wasm.mjs (the
// build's last pass over each module) and scripts/wasm-parts.mjs (the bench's
// size table) need, and no more. The binary format:
// https://webassembly.github.io/spec/core/binary/modules.html

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

/** `value` as unsigned LEB128. */
export function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A name as the format writes it: its UTF-8 length, then its bytes. */
export function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

/** The module's sections in order: { id, start, body, end } (`body` after the
 *  size; a custom section's `custom` is its name). */
export function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  const found = [];
  let offset = 8;
  while (offset < bytes.length) {
    const start = offset;
    const id = bytes[offset++];
    const [size, body] = readLeb(bytes, offset);
    const section = { id, start, body, end: body + size };
    if (id === 0) {
      const [length, at] = readLeb(bytes, body);
      section.custom = bytes.subarray(at, at + length).toString('utf8');
    }
    found.push(section);
    offset = section.end;
  }
  return found;
}

/** The import section's entries: { module, field, kind, start, end } (`start`
 *  and `end` bound the entry's descriptor, after its two names). */
export function imports(bytes, section) {
  const entries = [];
  let [count, at] = readLeb(bytes, section.body);
  for (; count > 0; count--) {
    const names = [];
    for (let s = 0; s < 2; s++) {
      const [length, next] = readLeb(bytes, at);
      names.push(bytes.subarray(next, next + length).toString('utf8'));
      at = next + length;
    }
    const start = at;
    const kind = bytes[at++];
    if (kind === 0) at = readLeb(bytes, at)[1];
    else if (kind === 1) { at++; const flags = bytes[at++]; at = readLeb(bytes, at)[1]; if (flags & 1) at = readLeb(bytes, at)[1]; }
    else if (kind === 2) { const flags = bytes[at++]; at = readLeb(bytes, at)[1]; if (flags & 1) at = readLeb(bytes, at)[1]; }
    else if (kind === 3) at += 2;
    else throw new Error(`unknown import kind ${kind}`);
    entries.push({ module: names[0], field: names[1], kind, start, end: at });
  }
  return entries;
}

/** The export section's entries: { field, kind, index }. */
export function exports(bytes, section) {
  const entries = [];
  let [count, at] = readLeb(bytes, section.body);
  for (; count > 0; count--) {
    const [length, next] = readLeb(bytes, at);
    const field = bytes.subarray(next, next + length).toString('utf8');
    const kind = bytes[next + length];
    const [index, after] = readLeb(bytes, next + length + 1);
    entries.push({ field, kind, index });
    at = after;
  }
  return entries;
}

/** The code section's function bodies: { start, end } each, size prefix included. */
export function bodies(bytes, section) {
  const found = [];
  let [count, at] = readLeb(bytes, section.body);
  for (; count > 0; count--) {
    const [length, start] = readLeb(bytes, at);
    found.push({ start: at, end: start + length });
    at = start + length;
  }
  return found;
}

/** The table section's element types (0x70 funcref, 0x6f externref), in order. */
export function tableTypes(bytes, section) {
  const types = [];
  let [count, at] = readLeb(bytes, section.body);
  for (; count > 0; count--) {
    types.push(bytes[at++]);
    const flags = bytes[at++];
    at = readLeb(bytes, at)[1];
    if (flags & 1) at = readLeb(bytes, at)[1];
  }
  return types;
}

/** Function names from the `name` custom section: index → name. */
export function functionNames(bytes, section) {
  const names = new Map();
  const [length, nameStart] = readLeb(bytes, section.body);
  let at = nameStart + length;
  while (at < section.end) {
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
  return names;
}

/** The data section's segments' bytes. */
export function dataSegments(bytes, section) {
  const data = [];
  let [count, at] = readLeb(bytes, section.body);
  for (; count > 0; count--) {
    const [flags, next] = readLeb(bytes, at);
    at = next;
    if (flags === 0) { while (bytes[at] !== 0x0b) at++; at++; }
    else if (flags === 2) { at = readLeb(bytes, at)[1]; while (bytes[at] !== 0x0b) at++; at++; }
    const [length, start] = readLeb(bytes, at);
    data.push(bytes.subarray(start, start + length));
    at = start + length;
  }
  return data;
}

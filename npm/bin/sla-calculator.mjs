#!/usr/bin/env node
// `npx sla-calculator check|compile|render|zones|deadline|holidays …`: the
// project's command-line tool `sla`, compiled to WebAssembly (WASI) from the
// same Rust code, run by Node: the same messages, exit codes and outputs.
// It reads and writes the files it is given (relative to the directory it is
// started in, or absolute), and nothing else.
//
//   npx sla-calculator check catalog.json
//   npx sla-calculator compile catalog.json -o catalog.bin
//   npx sla-calculator render --lang en --catalog catalog.json > fallback.html
import { readFile } from 'node:fs/promises';
import process from 'node:process';

// Node 20 marks WASI experimental; the warning is not the tool's to print.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) =>
  (String(warning).includes('WASI') ? undefined : emitWarning.call(process, warning, ...rest));
const { WASI } = await import('node:wasi');

const wasi = new WASI({
  version: 'preview1',
  args: ['sla', ...process.argv.slice(2)],
  env: { PWD: process.cwd() },
  preopens: { '/': '/' },
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(new URL('./sla.wasm', import.meta.url)));
try {
  process.exitCode = wasi.start(await WebAssembly.instantiate(module, wasi.getImportObject()));
} catch {
  // A panic (such as output to a closed pipe) was reported by the tool itself.
  process.exitCode = 101;
}

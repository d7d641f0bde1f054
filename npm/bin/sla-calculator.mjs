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
//
// And `npx sla-calculator playground [--port 8080]`: serves the package's
// catalog playground (playground.html) on this machine only.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);

if (args[0] === 'playground') {
  const { createServer } = await import('node:http');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const types = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  };
  const at = args.indexOf('--port');
  const port = at > 0 ? Number(args[at + 1]) : 8080;
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const file = join(root, path.endsWith('/') ? join(path, 'playground.html') : path);
    // `normalize` has resolved every `..` of the (absolute) path: it cannot climb above root.
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`sla-calculator playground: http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
  });
} else {
  // Node 20 marks WASI experimental; the warning is not the tool's to print.
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning, ...rest) =>
    (String(warning).includes('WASI') ? undefined : emitWarning.call(process, warning, ...rest));
  const { WASI } = await import('node:wasi');
  const wasi = new WASI({
    version: 'preview1',
    args: ['sla', ...args],
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
}

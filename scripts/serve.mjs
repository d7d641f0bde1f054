// A tiny static server for www/ (no dependencies): correct MIME types for
// .wasm and .mjs, no caching, and optional strict CSP headers (--csp) to prove
// the widget needs no inline script or style.
//
//   node scripts/serve.mjs [--port 8080] [--root www] [--csp]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT || 8080));
const root = resolve(option('--root', 'www'));
const csp = args.includes('--csp');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let path = normalize(decodeURIComponent(url.pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) {
    response.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (csp) {
      headers['content-security-policy'] =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    }
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/${csp ? ' (strict CSP)' : ''}`);
});

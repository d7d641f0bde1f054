// A tiny static server for www/ (no dependencies): correct MIME types for
// .wasm and .mjs, no caching, optional strict CSP headers (--csp) and an
// optional URL prefix (--prefix /docs/) to prove the widget works from a subpath,
// and optional gzip (--gzip), as a CDN serves files (the bench's phone profile).
//
//   node scripts/serve.mjs [--port 8080] [--root www] [--csp] [--prefix /docs/] [--gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
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

/**
 * Starts the server; resolves to { server, url } once listening.
 * @param {{ port?: number, root?: string, csp?: boolean, prefix?: string, gzip?: boolean }} options
 */
export function startServer({ port = 0, root = 'www', csp = false, prefix = '/', gzip = false } = {}) {
  const base = resolve(root);
  // Each file gzipped once (a CDN serves them ready), again when it changes.
  const gzipped = new Map();
  const compressed = (file, body) => {
    const known = gzipped.get(file);
    if (known && known.source.equals(body)) return known.gz;
    const gz = gzipSync(body, { level: 9 });
    gzipped.set(file, { source: body, gz });
    return gz;
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = normalize(decodeURIComponent('/' + url.pathname.slice(prefix.length)));
    let file = join(base, path);
    if (!file.startsWith(base)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (csp) headers['content-security-policy'] = STRICT_CSP;
      if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = compressed(file, body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${actual}${prefix}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const { url } = await startServer({
    port: Number(option('--port', process.env.PORT || 8080)),
    root: option('--root', 'www'),
    csp: args.includes('--csp'),
    prefix: option('--prefix', '/'),
    gzip: args.includes('--gzip'),
  });
  console.log(`Serving the demo at ${url}${args.includes('--csp') ? ' (strict CSP)' : ''}`);
}

/**
 * A static file server for the measurement scripts (bench.mjs, screenshots.mjs): serves a built
 * site folder on a free loopback port, with dist/404.html for unknown paths as a static host
 * would be told to. Text is gzipped when the browser asks, as any real host does (Lighthouse
 * counts an uncompressed page against performance). Not for production: it reads every file on
 * each request.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `dist`; resolves to the server and its origin (`http://127.0.0.1:<port>`). */
export function serve(dist) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    const found = file.startsWith(dist) && existsSync(file) && !statSync(file).isDirectory();
    if (!found) {
      const notFound = join(dist, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : '');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const gzip =
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
      /^(text\/|application\/(json|xml))/.test(type);
    res.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

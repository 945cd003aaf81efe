// A small static file server for the page and the browser tests.
// Serves one folder on 127.0.0.1 only, with the right MIME type for .wasm
// and .mjs, and no directory listings.
//
//   node scripts/static-server.mjs [ROOT] [PORT]      (PORT 0 picks a free one)
//   import { serve } from "./static-server.mjs";     (tests: await serve(root, 0))
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".d.ts": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on 127.0.0.1:`port`. Resolves to `{ url, close, requests }`,
 * where `requests` lists every path asked for (the tests read it).
 * `headers(path)` may add response headers (the CSP test uses it).
 */
export function serve(root, port = 0, { headers = () => ({}) } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "www";
  const port = Number(process.argv[3] ?? 8000);
  const { url } = await serve(root, port);
  console.log(`newsmark: serving ${root} at ${url}  (Ctrl-C to stop)`);
}

/**
 * A static server for a build folder on 127.0.0.1 and a free port, for the browser tests and the
 * bench, so both run against exactly what ships. Files go out as they are on disk, uncompressed
 * and never cached, so every load is cold and the bench gzips sizes itself.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticServer {
  /** Ends with a slash. */
  url: string;
  root: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sent with every file, e.g. a `content-security-policy` to test the app under. */
  headers?: Record<string, string>;
  /**
   * Every file may be read by pages of other origins, as the embed element's files must be when
   * a campaign page on another site loads them (README, Embedding).
   */
  cors?: boolean;
}

export async function serveFolder(
  folder: string,
  { headers = {}, cors = false }: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
          ...(cors && { 'access-control-allow-origin': '*' }),
          ...headers,
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    root,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The file on disk behind a URL the server gave out, or undefined for another origin. */
export function fileFor(server: StaticServer, url: string): string | undefined {
  if (!url.startsWith(server.url)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname);
  const file = normalize(join(server.root, path));
  return file.startsWith(server.root + sep) ? file : undefined;
}

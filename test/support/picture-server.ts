// A network's picture server for tests, over real HTTPS on loopback: a certificate made for the test by
// openssl (CN localhost, IP 127.0.0.1), trusted by the wall through NODE_EXTRA_CA_CERTS (a child process) or an
// agent (in-process). It serves real PNGs, and what a hostile or broken network would: a page that says it is
// an image, a tracking "pixel" that is HTML, a picture too large, one that never ends, redirects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** A real PNG of one colour. */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'binary'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface PictureServer {
  origin: string;
  /** The certificate's file, for NODE_EXTRA_CA_CERTS. */
  certFile: string;
  /** Trusts the test's certificate (for an in-process fetch). */
  agent: Agent;
  /** Paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export const RED_PNG = makePng(64, 48, [200, 40, 40]);
export const BLUE_PNG = makePng(48, 48, [30, 90, 200]);

export async function startPictureServer(): Promise<PictureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'picture-server-'));
  const key = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2']
      .concat(['-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'])
      .concat(['-keyout', key, '-out', certFile]),
    { stdio: 'ignore' },
  );
  const cert = readFileSync(certFile);
  const requests: string[] = [];
  const server: Server = createServer({ key: readFileSync(key), cert }, (req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (path.startsWith('/red.png')) return void res.writeHead(200, { 'content-type': 'image/png' }).end(RED_PNG);
    if (path.startsWith('/blue')) return void res.writeHead(200).end(BLUE_PNG);
    if (path.startsWith('/pixel.gif'))
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<script>track()</script>');
    if (path.startsWith('/lying.png'))
      return void res.writeHead(200, { 'content-type': 'image/png' }).end('<html>not a picture</html>'.repeat(4));
    if (path.startsWith('/svg')) {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
      return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg);
    }
    if (path.startsWith('/huge')) {
      // No length said: the cap must hold while reading.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(RED_PNG);
      const block = Buffer.alloc(64 * 1024, 1);
      let sent = 0;
      const more = () => {
        while (sent < 64 && res.write(block)) sent++;
        if (sent < 64) res.once('drain', more);
        else res.end();
      };
      return more();
    }
    if (path.startsWith('/slow')) return void res.writeHead(200, { 'content-type': 'image/png' }).write(RED_PNG);
    if (path.startsWith('/to-http')) return void res.writeHead(302, { location: 'http://127.0.0.1:1/red.png' }).end();
    if (path.startsWith('/moved')) return void res.writeHead(301, { location: '/red.png?moved' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    certFile,
    agent: new Agent({ ca: cert }),
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

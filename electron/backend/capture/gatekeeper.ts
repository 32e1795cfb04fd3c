// The rendering browser's only way out: a SOCKS5 proxy on 127.0.0.1 that forwards a connection only
// when the page itself asked for that host (every page request passes Playwright's router first,
// which admits its host here), and forwards it along the analyst's route (direct, SOCKS5 or HTTP
// proxy). Chromium's own background traffic (update checks, Google sign-in, safe browsing) never
// passes the router, so it is refused here and never leaves the machine, whatever flags the
// installed Chromium was built or wrapped with.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SocksClient } from 'socks';
import type { NetworkSetting } from '../../../shared/contract/webCapture';

export interface Gatekeeper {
  port: number;
  /** Lets the browser connect to this host and port (called by the page's request router). */
  admit(host: string, port: number): void;
  /** Connections refused because the page never asked for them (browser background traffic). */
  refused: string[];
  close(): Promise<void>;
}

function hostPort(setting: NetworkSetting): { host: string; port: number } {
  const i = setting.proxy.lastIndexOf(':');
  return { host: setting.proxy.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(setting.proxy.slice(i + 1)) };
}

/** A TCP connection to host:port along the analyst's route; names are resolved by the proxy when there is one. */
export async function connectVia(route: NetworkSetting, host: string, port: number): Promise<net.Socket> {
  if (route.mode === 'socks5') {
    const proxy = hostPort(route);
    const { socket } = await SocksClient.createConnection({
      proxy: { host: proxy.host, port: proxy.port, type: 5 },
      command: 'connect',
      destination: { host, port },
      timeout: 30_000,
    });
    return socket;
  }
  if (route.mode === 'http' || route.mode === 'https') {
    const proxy = hostPort(route);
    return new Promise((resolve, reject) => {
      const request = http.request({
        host: proxy.host,
        port: proxy.port,
        method: 'CONNECT',
        path: `${host}:${port}`,
        headers: { Host: `${host}:${port}` },
      });
      request.on('connect', (response, socket) => {
        if (response.statusCode === 200) resolve(socket);
        else {
          socket.destroy();
          reject(new Error(`the proxy refused ${host}:${port} (${response.statusCode})`));
        }
      });
      request.on('error', reject);
      request.end();
    });
  }
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host, () => resolve(socket));
    socket.on('error', reject);
  });
}

const REPLY_OK = Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
const REPLY_NOT_ALLOWED = Buffer.from([5, 2, 0, 1, 0, 0, 0, 0, 0, 0]);
const REPLY_FAILED = Buffer.from([5, 1, 0, 1, 0, 0, 0, 0, 0, 0]);

function parseRequest(request: Buffer): { host: string; port: number } | null {
  if (request[0] !== 5 || request[1] !== 1) return null;
  const type = request[3];
  if (type === 1 && request.length >= 10)
    return { host: [...request.subarray(4, 8)].join('.'), port: request.readUInt16BE(8) };
  if (type === 3) {
    const length = request[4]!;
    if (request.length < 7 + length) return null;
    return { host: request.subarray(5, 5 + length).toString('latin1'), port: request.readUInt16BE(5 + length) };
  }
  if (type === 4 && request.length >= 22) {
    const parts = [];
    for (let i = 0; i < 16; i += 2) parts.push(request.readUInt16BE(4 + i).toString(16));
    return { host: parts.join(':'), port: request.readUInt16BE(20) };
  }
  return null;
}

export function startGatekeeper(route: NetworkSetting): Promise<Gatekeeper> {
  const admitted = new Set<string>();
  const refused: string[] = [];
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    client.once('data', (greeting) => {
      // SOCKS5, "no authentication" offered: anything else is not our browser.
      if (greeting[0] !== 5 || !greeting.subarray(2).includes(0)) return client.destroy();
      client.write(Buffer.from([5, 0]));
      client.once('data', (request) => {
        const target = parseRequest(request);
        const key = target && `${target.host.toLowerCase()}:${target.port}`;
        if (!target || !key || !admitted.has(key)) {
          if (key) refused.push(key);
          client.end(REPLY_NOT_ALLOWED);
          return;
        }
        connectVia(route, target.host, target.port).then(
          (upstream) => {
            track(upstream);
            if (client.destroyed) return upstream.destroy();
            client.write(REPLY_OK);
            upstream.pipe(client);
            client.pipe(upstream);
            upstream.on('close', () => client.destroy());
            client.on('close', () => upstream.destroy());
          },
          () => client.end(REPLY_FAILED),
        );
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        admit: (host, port) => admitted.add(`${host.toLowerCase().replace(/^\[|\]$/g, '')}:${port}`),
        refused,
        close: () =>
          new Promise<void>((done) => {
            sockets.forEach((s) => s.destroy());
            server.close(() => done());
          }),
      });
    });
  });
}

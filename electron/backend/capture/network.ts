// The library's network route for captures: direct, through an HTTP(S) proxy, or through SOCKS5
// with the proxy resolving names (so the analyst's own resolver never learns what was captured,
// as Tor at 127.0.0.1:9050 needs). A proxy that cannot be reached fails the capture: there is no
// fallback to a direct connection, ever.
import type { Agent } from 'node:http';
import { ContractError } from '../../../shared/contract/errors';
import type { NetworkSetting } from '../../../shared/contract/webCapture';
import { mutate, type Ctx } from '../services/context';
import { recordAudit } from '../services/audit';

const SETTING_KEY = 'network';
export const DIRECT: NetworkSetting = { mode: 'direct', proxy: '' };

/** "socks5://127.0.0.1:9050", "socks5h://…", "http://proxy:3128", "https://…" or "direct" → a setting. */
export function parseProxy(text: string): NetworkSetting {
  const raw = text.trim();
  if (!raw || raw === 'direct') return DIRECT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ContractError(
      'invalid_input',
      `"${raw}" is not a proxy address. Use socks5://HOST:PORT (e.g. Tor at socks5://127.0.0.1:9050), http://HOST:PORT, or "direct".`,
    );
  }
  if (!url.hostname || !url.port) {
    throw new ContractError(
      'invalid_input',
      `The proxy address ${raw} needs a host and a port, e.g. socks5://127.0.0.1:9050.`,
    );
  }
  const hostPort = `${url.hostname}:${url.port}`;
  switch (url.protocol) {
    case 'socks5:':
    case 'socks5h:':
    case 'socks:':
      return { mode: 'socks5', proxy: hostPort };
    case 'http:':
    case 'https:':
      return { mode: url.protocol === 'https:' ? 'https' : 'http', proxy: hostPort };
    default:
      throw new ContractError(
        'invalid_input',
        `Casefile supports SOCKS5 and HTTP(S) proxies, not ${url.protocol.replace(/:$/, '')}: (${raw}).`,
      );
  }
}

export function describeRoute(setting: NetworkSetting): string {
  switch (setting.mode) {
    case 'direct':
      return 'direct connection';
    case 'socks5':
      return `SOCKS5 proxy ${setting.proxy} (names resolved by the proxy)`;
    default:
      return `${setting.mode.toUpperCase()} proxy ${setting.proxy}`;
  }
}

/**
 * The agent for one request; undefined for a direct connection (a fresh socket, no pooling). The
 * target's TLS options (trusted roots, validation) travel with the request, not the agent.
 */
export async function agentFor(setting: NetworkSetting): Promise<Agent | undefined> {
  // The agents are loaded only when a capture uses them: every CLI command starts faster.
  switch (setting.mode) {
    case 'direct':
      return undefined;
    case 'socks5': {
      // socks5h: the proxy resolves the host name; the analyst's resolver is never asked.
      const { SocksProxyAgent } = await import('socks-proxy-agent');
      return new SocksProxyAgent(`socks5h://${setting.proxy}`, { timeout: 30_000 }) as unknown as Agent;
    }
    case 'http':
    case 'https': {
      const { HttpsProxyAgent } = await import('https-proxy-agent');
      return new HttpsProxyAgent(new URL(`${setting.mode}://${setting.proxy}`)) as unknown as Agent;
    }
  }
}

export function getNetworkSetting(ctx: Ctx): NetworkSetting {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(SETTING_KEY) as
    { value: string } | undefined;
  if (!row) return DIRECT;
  try {
    return JSON.parse(row.value) as NetworkSetting;
  } catch {
    return DIRECT;
  }
}

export function setNetworkSetting(ctx: Ctx, setting: NetworkSetting): NetworkSetting {
  const value =
    setting.mode === 'direct'
      ? DIRECT
      : parseProxy(`${setting.mode === 'socks5' ? 'socks5' : setting.mode}://${setting.proxy}`);
  return mutate(ctx, () => {
    const before = getNetworkSetting(ctx);
    ctx.db
      .prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)')
      .run(SETTING_KEY, JSON.stringify(value));
    recordAudit(ctx, 'settings.network', 'library', 'settings', { network: before }, { network: value });
    return value;
  });
}

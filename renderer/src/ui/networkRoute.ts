import type { NetworkSetting } from '../../../shared/contract/webCapture';

/** How captures reach the web, in the analyst's words. */
export function routeLabel(setting: NetworkSetting): string {
  switch (setting.mode) {
    case 'direct':
      return 'direct connection (the sites see your address)';
    case 'socks5':
      return `SOCKS5 proxy ${setting.proxy}, names resolved by the proxy`;
    default:
      return `${setting.mode.toUpperCase()} proxy ${setting.proxy}`;
  }
}

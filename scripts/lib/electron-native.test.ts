// The pure parts of the Electron native-module build: reading an addon's ABI, knowing Electron's,
// and keeping npm's nodedir away from node-gyp.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronAbi,
  electronVersion,
  gypEnvironment,
  messages,
  nativePaths,
  readNodeModuleAbi,
  ROOT,
  summarizeFailure,
} from './electron-native.mjs';

describe('readNodeModuleAbi', () => {
  it('reads the ABI of the Node build npm install made', () => {
    const nodeBuild = fs.readFileSync(path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
    expect(readNodeModuleAbi(nodeBuild)).toBe(Number(process.versions.modules)); // 115 on Node 20
  });
  it('returns null for files that are not versioned addons', () => {
    expect(readNodeModuleAbi(Buffer.from('napi_register_module_v1'))).toBeNull();
    expect(readNodeModuleAbi(Buffer.alloc(0))).toBeNull();
  });
});

describe('electronAbi', () => {
  it('knows Electron’s NODE_MODULE_VERSION, and it is not Node’s', () => {
    const { abi } = electronAbi();
    expect(abi).toBeGreaterThan(Number(process.versions.modules));
    // The package's abi_version and node-abi's registry must agree, or one of them is stale.
    const nodeAbi = createRequire(path.join(ROOT, 'package.json'))('node-abi');
    expect(String(abi)).toBe(nodeAbi.getAbi(electronVersion(), 'electron'));
  });
});

describe('gypEnvironment', () => {
  it('drops npm’s nodedir and target settings and keeps the rest', () => {
    const env = gypEnvironment({
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      PATH: '/bin',
      npm_config_cache: '/c',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });
});

describe('messages', () => {
  it('points to the browser host when downloads fail', () => {
    expect(messages.headersFailed('45.5.0', 'getaddrinfo ENOTFOUND')).toContain('npm run start:web');
    expect(messages.electronMissing('45.5.0', 'timed out')).toContain('npm run start:web');
    expect(nativePaths('/r', '45.5.0').binding).toBe(
      path.join('/r', '.electron-native', '45.5.0', 'better_sqlite3.node'),
    );
  });
});

describe('summarizeFailure', () => {
  it('finds the cause in node-gyp’s output', () => {
    const output = [
      'gyp http GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! install error ',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
      'gyp ERR! stack at go (/x/install.js:244:21)',
      'gyp ERR! not ok',
    ].join('\n');
    expect(summarizeFailure(output)).toBe(
      ': Error: This is most likely not a problem with node-gyp or the package itself and; GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
    );
    expect(summarizeFailure('')).toBe('');
  });
});

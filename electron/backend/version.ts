// package.json is the one place the version is written (bundled in at build time). The import
// attribute lets plain Node ESM loaders (Playwright's, for the in-process browser host) load it too.
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;

// package.json is the one place the version is written (bundled in at build time).
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;

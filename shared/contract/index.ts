export * from './errors';
export * from './events';
export * from './facade';
export * from './methods';
export * from './schemas';

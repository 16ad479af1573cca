export * from './errors';
export * from './methods';
export * from './contract';
export * from './events';

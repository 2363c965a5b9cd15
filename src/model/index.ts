export * from './finding.js';
export * from './fieldpath.js';
export * from './field-error.js';
export * from './quantity.js';
export * from './duration.js';
export type * from './k8s.js';
export { isRecord } from './k8s.js';
export * from './rule-meta.js';
export * from './result.js';

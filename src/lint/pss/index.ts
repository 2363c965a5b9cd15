/**
 * Pod Security Standards, exact to kubernetes/pod-security-admission (policy/check_*.go,
 * registry.go) and version-aware. The lint rules in src/lint/checks/ are thin adapters over
 * these; evaluatePod answers what the PodSecurity admission plugin would.
 */
export * from './pod.js';
export * from './tables.js';
export * from './checks.js';
export * from './evaluate.js';
export { pssCodeCheck, existingPrefix, whoOf } from './adapter.js';

/**
 * Rule proc-mount-default: Pod Security Standards, check_procMount_baseline.go (`procMount`,
 * 1.0+; 1.35+ allows any value with hostUsers: false) and check_procMount_restricted.go
 * (`procMount_restricted`, 1.35+, no user-namespace relaxation). Option `profile` picks which.
 */
import { procMount } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

const baseline = procMount('baseline');
const restricted = procMount('restricted');

export const check: CodeCheck = pssCodeCheck(baseline, {
  choose: (ctx) => (ctx.options.profile === 'restricted' ? restricted : baseline),
});

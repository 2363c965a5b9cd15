/**
 * Rule run-as-non-root: Pod Security Standards restricted, check_runAsNonRoot.go (1.0+, 1.35+ hostUsers: false exempt).
 */
import { runAsNonRoot } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(runAsNonRoot, {
  data: (v) => ({ problem: v.missing ? 'does not set runAsNonRoot: true and does not inherit it from the pod' : `sets runAsNonRoot: ${v.value}` }),
});

/**
 * Rule seccomp-profile-required: Pod Security Standards restricted, check_seccompProfile_restricted.go (1.19+, 1.25+ Windows exempt).
 */
import { seccompProfileRestricted } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(seccompProfileRestricted, {
  data: (v) => ({ problem: v.missing ? 'sets no seccomp profile and inherits no RuntimeDefault or Localhost profile from the pod' : `sets seccomp profile type "${v.value}"` }),
});

/**
 * Rule drop-all-capabilities: Pod Security Standards restricted, check_capabilities_restricted.go (1.22+, 1.25+ Windows exempt).
 */
import { capabilitiesRestricted } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(capabilitiesRestricted, {
  data: (v) => ({ problem: v.path[v.path.length - 1] === 'drop' ? 'does not drop ALL capabilities' : `adds capability ${v.value}` }),
});

/**
 * Rule safe-sysctls-only: Pod Security Standards baseline, check_sysctls.go (1.0, 1.27, 1.29, 1.32).
 */
import { sysctls } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(sysctls);

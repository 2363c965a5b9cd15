/**
 * Rule no-privileged: Pod Security Standards baseline, check_privileged.go (1.0+).
 */
import { privileged } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(privileged);

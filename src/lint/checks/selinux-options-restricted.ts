/**
 * Rule selinux-options-restricted: Pod Security Standards baseline, check_seLinuxOptions.go (1.0+, 1.31+).
 */
import { seLinuxOptions } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(seLinuxOptions);

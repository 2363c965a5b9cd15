/**
 * Rule seccomp-not-unconfined: Pod Security Standards baseline, check_seccompProfile_baseline.go (annotations 1.0–1.18, fields 1.19+).
 */
import { seccompProfileBaseline } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(seccompProfileBaseline);

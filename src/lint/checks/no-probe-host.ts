/**
 * Rule no-probe-host: Pod Security Standards baseline, check_hostProbesAndhostLifecycle.go (1.34+).
 */
import { hostProbesAndHostLifecycle } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(hostProbesAndHostLifecycle);

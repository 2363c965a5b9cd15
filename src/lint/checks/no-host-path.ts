/**
 * Rule no-host-path: Pod Security Standards baseline, check_hostPathVolumes.go (1.0+).
 */
import { hostPathVolumes } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(hostPathVolumes);

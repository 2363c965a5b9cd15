/**
 * Rule capabilities-baseline: Pod Security Standards baseline, check_capabilities_baseline.go (1.0+).
 */
import { capabilitiesBaseline } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(capabilitiesBaseline);

/**
 * Rule no-host-port: Pod Security Standards baseline, check_hostPorts.go (1.0+).
 */
import { hostPorts } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(hostPorts);

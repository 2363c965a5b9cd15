/**
 * Rule no-host-process: Pod Security Standards baseline, check_windowsHostProcess.go (1.0+).
 */
import { windowsHostProcess } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(windowsHostProcess);

/**
 * Rule no-host-ipc: Pod Security Standards baseline, check_hostNamespaces.go (1.0+), the hostIPC field.
 */
import { hostNamespaces } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(hostNamespaces('hostIPC'));

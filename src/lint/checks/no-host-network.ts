/**
 * Rule no-host-network: Pod Security Standards baseline, check_hostNamespaces.go (1.0+), the hostNetwork field.
 */
import { hostNamespaces } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(hostNamespaces('hostNetwork'));

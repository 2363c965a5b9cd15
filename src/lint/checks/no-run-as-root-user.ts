/**
 * Rule no-run-as-root-user: Pod Security Standards restricted, check_runAsUser.go (1.23+, 1.35+ hostUsers: false exempt).
 */
import { runAsUser } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(runAsUser);

/**
 * Rule apparmor-not-unconfined: Pod Security Standards baseline, check_appArmorProfile.go (1.0+; fields and the deprecated annotation).
 */
import { appArmorProfile } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(appArmorProfile);

/**
 * Rule volume-types-restricted: Pod Security Standards restricted, check_restrictedVolumes.go (1.0+).
 */
import { restrictedVolumes } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(restrictedVolumes);

/**
 * Custom parameter types. `{duration}`: `30s`, `2m`, `1m30s`, `1h`, `500ms`, `90 seconds`,
 * `2 minutes`, `1 minute`, `1 hour` → milliseconds of virtual time (src/model/duration.ts).
 */
import { DURATION_PATTERN, parseDuration } from '../model/duration.js';

export interface ParameterTypeSpec {
  name: string;
  regexp: RegExp;
  transformer: (text: string) => unknown;
  description: string;
}

export const durationParameter: ParameterTypeSpec = {
  name: 'duration',
  regexp: DURATION_PATTERN,
  transformer: (text: string): number => {
    const ms = parseDuration(text);
    if (ms === undefined) throw new Error(`"${text}" is not a duration (write 30s, 2m, 1m30s, 1h, 90 seconds, 2 minutes).`);
    return ms;
  },
  description: 'a time span: 30s, 2m, 1m30s, 1h, 500ms, 90 seconds, 2 minutes, 1 minute, 1 hour',
};

export const PARAMETER_TYPES: readonly ParameterTypeSpec[] = [durationParameter];

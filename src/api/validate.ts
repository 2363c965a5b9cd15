import { formatFieldError, invalidObjectMessage, type FieldError } from '../model/field-error.js';
import { isRecord } from '../model/k8s.js';
import type { KubeObject } from '../model/k8s.js';
import { validateObject } from '../validate/index.js';

export interface PodValidation {
  valid: boolean;
  /** Decode errors (wrong types, unknown fields) then validation errors, as the API server reports them. */
  errors: FieldError[];
  /** Each error as kubectl prints it: `spec.restartPolicy: Unsupported value: "Mybe": …`. */
  messages: string[];
  /** The whole kubectl line: `The Pod "x" is invalid: …` (undefined when valid). */
  message?: string;
}

/** API-server-equivalent validation of a Pod (or any pod-bearing workload) object. */
export function validatePod(object: unknown): PodValidation {
  const obj: KubeObject = isRecord(object) ? (object) : {};
  const r = validateObject({ apiVersion: 'v1', kind: 'Pod', ...obj });
  const errors = [...r.decode, ...r.invalid];
  const kind = typeof obj.kind === 'string' ? obj.kind : 'Pod';
  const name = isRecord(obj.metadata) && typeof obj.metadata.name === 'string' ? obj.metadata.name : undefined;
  const out: PodValidation = { valid: errors.length === 0, errors, messages: errors.map(formatFieldError) };
  if (errors.length) out.message = invalidObjectMessage(kind, name, errors);
  return out;
}

/**
 * Table helpers for the pod-spec validation tests. Each row names the Kubernetes test or
 * function it mirrors (pkg/apis/core/validation/validation_test.go / validation.go). Where a row
 * says `failureCases "…"` the quoted name is upstream's own case name; other quoted names describe
 * the case in the style of the named upstream test, and the function named next to them is the
 * code the expectation was derived from.
 */
import t from 'tap';
import { formatFieldError, type ErrorType, type FieldError } from '../../src/model/field-error.js';
import { formatPath } from '../../src/model/fieldpath.js';
import { validatePodSpec, type PodSpecValidationOptions } from '../../src/validate/podspec.js';

export interface Expected {
  path: string;
  type: ErrorType;
  /** the full `path: body` message as kubectl prints it */
  message?: string;
}

export interface Row {
  name: string;
  /** the Kubernetes test case or function this row mirrors */
  mirrors: string;
  spec: Record<string, unknown>;
  context?: PodSpecValidationOptions['context'];
  opts?: Partial<PodSpecValidationOptions>;
  /** [] for a valid spec */
  expect: Expected[];
}

/** A minimal valid container, as validation_test.go's `newContainer`/`podtest.MakeContainer`. */
export function ctr(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'ctr', image: 'image', ...extra };
}

/** A minimal valid pod spec with overrides. */
export function spec(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { containers: [ctr()], ...extra };
}

export function run(rows: Row[], base: FieldPathLike = ['spec']): void {
  for (const row of rows) {
    t.test(`${row.name} [${row.mirrors}]`, (tt) => {
      const errs: FieldError[] = validatePodSpec(row.spec, base, { context: row.context ?? 'pod', ...row.opts });
      const got = errs.map((e) => ({ path: formatPath(e.path), type: e.type, message: formatFieldError(e) }));
      tt.same(
        got.map((g) => `${g.path} | ${g.type}`),
        row.expect.map((e) => `${e.path} | ${e.type}`),
        'paths and types',
      );
      row.expect.forEach((e, i) => {
        if (e.message !== undefined) tt.equal(got[i]?.message, e.message, `message ${i}`);
      });
      tt.end();
    });
  }
}

type FieldPathLike = Parameters<typeof validatePodSpec>[1];

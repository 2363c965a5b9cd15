/**
 * Property tests (fast-check) for the validation entry point: it must never throw on any JSON a
 * manifest can hold, whatever the kind, and decode errors must be stable under re-validation.
 * Mirrors the API server's contract that malformed input yields errors, never a crash
 * (apiserver handlers: a decode failure is a 400, a validation failure a 422).
 */
import fc from 'fast-check';
import t from 'tap';
import type { KubeObject } from '../../src/model/k8s.js';
import { formatFieldError } from '../../src/model/field-error.js';
import { validateObject } from '../../src/validate/index.js';
import { decodeErrors } from '../../src/validate/schema.js';

const KINDS: [string, string][] = [
  ['v1', 'Pod'],
  ['v1', 'PodTemplate'],
  ['v1', 'ReplicationController'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['apps/v1', 'ReplicaSet'],
  ['batch/v1', 'Job'],
  ['batch/v1', 'CronJob'],
];

const key = fc.constantFrom(
  'metadata', 'spec', 'template', 'containers', 'name', 'image', 'selector', 'matchLabels', 'matchExpressions',
  'labels', 'annotations', 'replicas', 'strategy', 'rollingUpdate', 'maxSurge', 'maxUnavailable', 'jobTemplate',
  'schedule', 'timeZone', 'restartPolicy', 'ports', 'containerPort', 'resources', 'limits', 'cpu', 'volumes',
  'updateStrategy', 'completions', 'completionMode', 'operator', 'values', 'key', 'x', 'imagePullPolice',
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
}));

t.test('validateObject never throws, for every pod-bearing kind and arbitrary content', async (t) => {
  fc.assert(
    fc.property(fc.constantFrom(...KINDS), fc.dictionary(key, json.value, { maxKeys: 6 }), ([apiVersion, kind], body) => {
      const obj = { ...body, apiVersion, kind } as KubeObject;
      const r = validateObject(obj);
      for (const e of [...r.decode, ...r.invalid]) formatFieldError(e);
      return Array.isArray(r.decode) && Array.isArray(r.invalid);
    }),
    { numRuns: 400 },
  );
  t.pass('no throw');
});

t.test('decodeErrors is deterministic and does not mutate its input', async (t) => {
  fc.assert(
    fc.property(fc.constantFrom(...KINDS), fc.dictionary(key, json.value, { maxKeys: 6 }), ([apiVersion, kind], body) => {
      const obj = { ...body, apiVersion, kind } as KubeObject;
      const before = JSON.stringify(obj);
      const a = decodeErrors(obj).map(formatFieldError);
      const b = decodeErrors(obj).map(formatFieldError);
      return JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(obj) === before;
    }),
    { numRuns: 300 },
  );
  t.pass('deterministic');
});

t.test('structured workloads with random leaves never throw (deep paths: templates, containers, strategies)', async (t) => {
  const container = fc.record(
    { name: json.value, image: json.value, ports: json.value, resources: json.value, env: json.value, livenessProbe: json.value },
    { requiredKeys: [] },
  );
  const template = fc.record(
    {
      metadata: fc.record({ name: json.value, labels: json.value, annotations: json.value }, { requiredKeys: [] }),
      spec: fc.record({ containers: fc.array(container, { maxLength: 2 }), restartPolicy: json.value, volumes: json.value }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  const spec = fc.record(
    {
      selector: json.value,
      template,
      strategy: json.value,
      updateStrategy: json.value,
      replicas: json.value,
      schedule: json.value,
      timeZone: json.value,
      jobTemplate: fc.record({ spec: fc.record({ template, selector: json.value }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      completionMode: json.value,
      completions: json.value,
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.constantFrom(...KINDS), spec, json.value, ([apiVersion, kind], s, meta) => {
      const obj = { apiVersion, kind, metadata: meta, spec: s, template: s.template } as KubeObject;
      const r = validateObject(obj);
      for (const e of [...r.decode, ...r.invalid]) formatFieldError(e);
      return true;
    }),
    { numRuns: 400 },
  );
  t.pass('no throw');
});

t.test('the semantic validators are total even on input decoding would reject', async (t) => {
  const w = await import('../../src/validate/workloads.js');
  const fns = [w.validatePod, w.validatePodTemplate, w.validateReplicationController, w.validateDeployment, w.validateStatefulSet, w.validateDaemonSet, w.validateReplicaSet, w.validateJob, w.validateCronJob];
  fc.assert(
    fc.property(fc.constantFrom(...fns), json.value, fc.dictionary(key, json.value, { maxKeys: 6 }), (fn, spec, meta) => {
      for (const e of fn({ metadata: meta, spec, template: spec })) formatFieldError(e);
      return true;
    }),
    { numRuns: 500 },
  );
  t.pass('no throw');
});

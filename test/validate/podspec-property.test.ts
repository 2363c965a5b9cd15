/**
 * Property: validatePodSpec never throws, whatever JSON it gets (the schema layer reports wrong
 * types; semantic validation must skip them), and every error it returns formats.
 */
import t from 'tap';
import fc from 'fast-check';
import { formatFieldError } from '../../src/model/field-error.js';
import { validatePodSpec } from '../../src/validate/podspec.js';

const CONTAINER_KEYS = [
  'name', 'image', 'ports', 'env', 'envFrom', 'resources', 'volumeMounts', 'volumeDevices', 'livenessProbe',
  'readinessProbe', 'startupProbe', 'lifecycle', 'securityContext', 'imagePullPolicy', 'terminationMessagePolicy',
  'restartPolicy', 'resizePolicy', 'targetContainerName',
];
const SPEC_KEYS = [
  'containers', 'initContainers', 'ephemeralContainers', 'volumes', 'restartPolicy', 'dnsPolicy', 'dnsConfig',
  'securityContext', 'affinity', 'tolerations', 'topologySpreadConstraints', 'hostNetwork', 'hostUsers', 'os',
  'overhead', 'hostAliases', 'readinessGates', 'schedulingGates', 'activeDeadlineSeconds', 'nodeSelector',
  'imagePullSecrets', 'resourceClaims', 'terminationGracePeriodSeconds', 'priorityClassName', 'runtimeClassName',
];

// JSON values biased towards the shapes validation reads: objects keyed by real field names.
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1, 80, 65536, 0.5, '', 'a', 'Always', 'TCP', '1Gi', '-1', '/abs', '..', 'a=b'),
    fc.string(),
    fc.integer(),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...CONTAINER_KEYS, ...SPEC_KEYS, 'port', 'path', 'key', 'operator', 'values', 'type', 'limits', 'requests', 'cpu', 'exec', 'httpGet', 'sleep', 'seconds', 'fieldRef', 'fieldPath', 'secret', 'items', 'emptyDir', 'projected', 'sources'), tie('json'), { maxKeys: 5 }),
  ),
}));

const container = fc.dictionary(fc.constantFrom(...CONTAINER_KEYS), json, { maxKeys: 6 });
const podSpec = fc.record(
  {
    containers: fc.array(container, { maxLength: 3 }),
    initContainers: fc.array(container, { maxLength: 2 }),
    ephemeralContainers: fc.array(container, { maxLength: 2 }),
    volumes: fc.array(fc.dictionary(fc.constantFrom('name', 'emptyDir', 'hostPath', 'secret', 'configMap', 'projected', 'downwardAPI', 'ephemeral', 'csi', 'image', 'nfs'), json, { maxKeys: 3 })),
    restartPolicy: json,
    dnsPolicy: json,
    dnsConfig: json,
    securityContext: json,
    affinity: json,
    tolerations: json,
    topologySpreadConstraints: json,
    hostNetwork: json,
    os: json,
    overhead: json,
  },
  { requiredKeys: [] },
);

function check(input: unknown, context: 'pod' | 'template'): boolean {
  const errs = validatePodSpec(input, ['spec'], { context });
  for (const e of errs) formatFieldError(e);
  return Array.isArray(errs);
}

t.test('never throws on arbitrary JSON', (tt) => {
  fc.assert(fc.property(fc.jsonValue(), (v) => check(v, 'pod') && check(v, 'template')), { numRuns: 300 });
  tt.end();
});

t.test('never throws on pod-shaped JSON with wrong types anywhere', (tt) => {
  fc.assert(fc.property(podSpec, (v) => check(v, 'pod') && check(v, 'template')), { numRuns: 500 });
  tt.end();
});

t.test('a valid spec stays valid whatever key order', (tt) => {
  fc.assert(
    fc.property(fc.shuffledSubarray(['restartPolicy', 'dnsPolicy', 'hostname'], { minLength: 0 }), (keys) => {
      const values: Record<string, string> = { restartPolicy: 'Never', dnsPolicy: 'Default', hostname: 'web-0' };
      const s: Record<string, unknown> = { containers: [{ name: 'c', image: 'i' }] };
      for (const k of keys) s[k] = values[k];
      return validatePodSpec(s, ['spec'], { context: 'pod' }).length === 0;
    }),
  );
  tt.end();
});

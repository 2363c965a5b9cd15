/**
 * Strict decoding (src/validate/schema.ts). Expected messages follow:
 * - sigs.k8s.io/json (fork of encoding/json) decode.go: UnmarshalTypeError.Error
 *   "json: cannot unmarshal <value> into Go struct field <Struct>.<field path> of type <type>",
 *   addErrorContext (innermost struct, JSON names from the root, no indices or map keys);
 * - the strict decoder's unknown-field list (runtime/serializer/json: NewStrictDecodingError),
 *   `unknown field "spec.containers[0].imagePullPolice"`;
 * - resource.Quantity.UnmarshalJSON → ParseQuantity → ErrFormatWrong;
 * - intstr.IntOrString.UnmarshalJSON (non-strings decode into the int32 IntVal).
 */
import t from 'tap';
import { parseDocument } from 'yaml';
import { formatFieldError, type FieldError } from '../../src/model/field-error.js';
import type { KubeObject } from '../../src/model/k8s.js';
import { decodeErrorMessage, decodeErrors, decodeFailureMessage, didYouMean, editDistance, hasSchema, normalizeYamlTimestamps } from '../../src/validate/schema.js';

function pod(spec: Record<string, unknown>, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec, ...extra };
}
const container = (c: Record<string, unknown> = {}): Record<string, unknown> => ({ name: 'app', image: 'nginx', ...c });
const deployment = (podSpec: Record<string, unknown>, spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'd' },
  spec: { selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'a' } }, spec: podSpec }, ...spec },
});
/** Parse YAML the way the manifest layer does (YAML 1.1). */
function yaml11(text: string): KubeObject {
  return parseDocument(text, { version: '1.1' }).toJS({ maxAliasCount: 100 }) as KubeObject;
}
const messages = (errs: FieldError[]): string[] => errs.map(formatFieldError);
const details = (errs: FieldError[]): (string | undefined)[] => errs.map((e) => e.detail);

t.test('a valid pod has no decode errors', async (t) => {
  t.same(decodeErrors(pod({ containers: [container()] })), []);
});

t.test('unknown fields at several depths, with hints (strict decoding, DisallowUnknownFields)', async (t) => {
  const errs = decodeErrors(pod({ containers: [container({ imagePullPolice: 'Always' })] }));
  t.same(messages(errs), ['unknown field "spec.containers[0].imagePullPolice", did you mean "imagePullPolicy"?']);
  t.same(errs[0]?.path, ['spec', 'containers', 0, 'imagePullPolice']);

  // top level: PodTemplate has `template`, not `spec`
  const pt = decodeErrors({ apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 'x' }, spec: {} });
  t.same(messages(pt), ['unknown field "spec"']);

  // metadata
  const meta = decodeErrors({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', label: { a: 'b' } }, spec: { containers: [container()] } });
  t.same(messages(meta), ['unknown field "metadata.label", did you mean "labels"?']);

  // deep in a workload template: probe handler
  const deep = decodeErrors(deployment({ containers: [container({ livenessProbe: { httpGet: { path: '/', port: 80, hots: 'x' } } })] }));
  t.same(messages(deep), ['unknown field "spec.template.spec.containers[0].livenessProbe.httpGet.hots", did you mean "host"?']);

  // CronJob → jobTemplate → spec → template → spec → volumes
  const cj = decodeErrors({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'c' },
    spec: {
      schedule: '* * * * *',
      jobTemplate: { spec: { template: { spec: { containers: [container()], volumes: [{ name: 'v', emptyDir: { sizelimit: '1Gi' } }] } } } },
    },
  });
  t.same(messages(cj), ['unknown field "spec.jobTemplate.spec.template.spec.volumes[0].emptyDir.sizelimit", did you mean "sizeLimit"?']);
});

t.test('field names are case-sensitive (sigs.k8s.io/json CaseSensitiveJSONIterator)', async (t) => {
  const errs = decodeErrors(pod({ containers: [container({ ImagePullPolicy: 'Always' })] }));
  t.same(messages(errs), ['unknown field "spec.containers[0].ImagePullPolicy", did you mean "imagePullPolicy"?']);
});

t.test('no hint when nothing is close', async (t) => {
  const errs = decodeErrors(pod({ containers: [container({ frobnicate: true })] }));
  t.same(messages(errs), ['unknown field "spec.containers[0].frobnicate"']);
});

t.test('several unknown fields are all reported (the strict decoder collects them)', async (t) => {
  const errs = decodeErrors(pod({ containers: [container({ foo: 1 })], bar: 2 }));
  t.same(messages(errs).sort(), ['unknown field "spec.bar"', 'unknown field "spec.containers[0].foo"']);
});

t.test('wrong types, with encoding/json UnmarshalTypeError text', async (t) => {
  // The brief's anchor: containers as a string.
  const a = decodeErrors(pod({ containers: 'nginx' }));
  t.same(details(a), ['json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container']);
  t.equal(a[0]?.type, 'Invalid type');
  t.same(a[0]?.path, ['spec', 'containers']);

  // an element of []string: the element type is reported (Go decodes into the element)
  const b = decodeErrors(pod({ containers: [container({ command: [{ a: 1 }] })] }));
  t.same(details(b), ['json: cannot unmarshal object into Go struct field Container.spec.containers.command of type string']);
  t.same(b[0]?.path, ['spec', 'containers', 0, 'command', 0]);

  // a struct given a scalar
  const c = decodeErrors(pod({ containers: [container({ livenessProbe: 'yes please' })] }));
  t.same(details(c), ['json: cannot unmarshal string into Go struct field Container.spec.containers.livenessProbe of type v1.Probe']);

  // an int32 given a string (a port written in quotes)
  const d = decodeErrors(pod({ containers: [container({ ports: [{ containerPort: '80' }] })] }));
  t.same(details(d), ['json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32']);

  // the top-level struct: Struct is the kind's own type
  const e = decodeErrors({ apiVersion: 'v1', kind: 'Pod', metadata: 'p', spec: { containers: [container()] } } as unknown as KubeObject);
  t.same(details(e), ['json: cannot unmarshal string into Go struct field Pod.metadata of type v1.ObjectMeta']);

  // an int64 in a Deployment
  const f = decodeErrors(deployment({ containers: [container()] }, { replicas: 'three' }));
  t.same(details(f), ['json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32']);
});

t.test('named Go string types appear in the message (v1.RestartPolicy)', async (t) => {
  const errs = decodeErrors(pod({ containers: [container()], restartPolicy: 1 }));
  t.same(details(errs), ['json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy']);
});

t.test('fractional and out-of-range numbers into integers print the literal (literalStore: "number " + s)', async (t) => {
  const a = decodeErrors(pod({ containers: [container({ ports: [{ containerPort: 80.5 }] })] }));
  t.same(details(a), ['json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32']);
  const b = decodeErrors(pod({ containers: [container()], terminationGracePeriodSeconds: 1.5 }));
  t.same(details(b), ['json: cannot unmarshal number 1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64']);
  const c = decodeErrors(pod({ containers: [container({ ports: [{ containerPort: 3000000000 }] })] }));
  t.same(details(c), ['json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32']);
});

t.test('map values: the map field is the Go field, the value type is reported', async (t) => {
  // labels: map[string]string — `version: 1.0` arrives as a number
  const errs = decodeErrors(yaml11('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    version: 1.0\nspec:\n  containers:\n  - name: a\n    image: b\n'));
  t.same(details(errs), ['json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string']);
  t.same(errs[0]?.path, ['metadata', 'labels', { key: 'version' }]);
  t.equal(formatFieldError(errs[0] as FieldError).startsWith('metadata.labels[version]: Invalid type: 1'), true);
});

t.test('IntOrString accepts integers and strings; anything else decodes into int32', async (t) => {
  const ok = decodeErrors(
    deployment(
      { containers: [container({ livenessProbe: { httpGet: { port: 8080 } }, readinessProbe: { tcpSocket: { port: 'http' } } })] },
      { strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } } },
    ),
  );
  t.same(ok, []);
  const bad = decodeErrors(pod({ containers: [container({ livenessProbe: { httpGet: { port: true } } })] }));
  t.same(details(bad), ['json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32']);
  const frac = decodeErrors(pod({ containers: [container({ livenessProbe: { tcpSocket: { port: 80.5 } } })] }));
  t.same(details(frac), ['json: cannot unmarshal number 80.5 into Go struct field TCPSocketAction.spec.containers.livenessProbe.tcpSocket.port of type int32']);
});

t.test('quantities: numbers and strings decode; malformed strings fail in ParseQuantity', async (t) => {
  t.same(decodeErrors(pod({ containers: [container({ resources: { limits: { cpu: 1, memory: '128Mi' }, requests: { cpu: 0.5, memory: 1e8 } } })] })), []);
  // UnmarshalJSON TrimSpaces before parsing
  t.same(decodeErrors(pod({ containers: [container({ resources: { limits: { memory: ' 1Gi ' } } })] })), []);
  const bad = decodeErrors(pod({ containers: [container({ resources: { limits: { memory: '1GB' } } })] }));
  t.same(messages(bad), [
    `spec.containers[0].resources.limits[memory]: Invalid type: "1GB": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
  ]);
  const boolQ = decodeErrors(pod({ containers: [container({ resources: { requests: { cpu: true } } })] }));
  t.equal(boolQ[0]?.detail?.startsWith('quantities must match'), true);
  // the whole ResourceList given a string: a Go map type error
  const list = decodeErrors(pod({ containers: [container({ resources: { limits: '1' } })] }));
  t.same(details(list), ['json: cannot unmarshal string into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList']);
});

t.test('YAML 1.1: on/yes/off become booleans where strings are expected', async (t) => {
  const errs = decodeErrors(
    yaml11('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: b\n    env:\n    - name: DEBUG\n      value: on\n'),
  );
  t.same(details(errs), ['json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string']);
  t.same(errs[0]?.path, ['spec', 'containers', 0, 'env', 0, 'value']);
  // annotations too (`yes`)
  const ann = decodeErrors(yaml11('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    enabled: yes\nspec:\n  containers:\n  - name: a\n    image: b\n'));
  t.same(details(ann), ['json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.annotations of type string']);
});

t.test('YAML 1.1: octal 0644 is 420, a valid int32 for defaultMode', async (t) => {
  const obj = yaml11(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: b\n  volumes:\n  - name: c\n    configMap:\n      name: c\n      defaultMode: 0644\n',
  );
  t.equal(((obj.spec as { volumes: { configMap: { defaultMode: number } }[] }).volumes[0] as { configMap: { defaultMode: number } }).configMap.defaultMode, 420);
  t.same(decodeErrors(obj), []);
});

t.test('YAML 1.1 timestamps are strings to kubectl (go-yaml v2 keeps timestamp-like text as strings)', async (t) => {
  const obj = yaml11(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  creationTimestamp: 2024-01-02T03:04:05Z\n  labels:\n    released: 2024-01-02\nspec:\n  containers:\n  - name: a\n    image: b\n',
  );
  t.same(decodeErrors(obj), []);
  const n = normalizeYamlTimestamps(obj) as { metadata: { creationTimestamp: string; labels: { released: string } } };
  t.equal(n.metadata.creationTimestamp, '2024-01-02T03:04:05Z');
  t.equal(n.metadata.labels.released, '2024-01-02');
});

t.test('null is accepted anywhere (encoding/json leaves the zero value)', async (t) => {
  t.same(decodeErrors(pod({ containers: [container({ resources: null, env: null })], volumes: null }, { status: null })), []);
  t.same(decodeErrors({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', creationTimestamp: null }, spec: { containers: [container()] } } as unknown as KubeObject), []);
});

t.test('live objects: status and managedFields are declared fields', async (t) => {
  const live = pod(
    { containers: [container()] },
    {
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2024-01-01T00:00:00Z' }], containerStatuses: [] },
    },
  );
  (live.metadata as Record<string, unknown>).managedFields = [
    { manager: 'kubectl', operation: 'Apply', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:labels': {} } } },
  ];
  t.same(decodeErrors(live), []);
  const typo = pod({ containers: [container()] }, { status: { phaze: 'Running' } });
  t.same(messages(decodeErrors(typo)), ['unknown field "status.phaze", did you mean "phase"?']);
});

t.test('required fields and enum values are not the schema\'s job', async (t) => {
  // no containers, no image, a bad restartPolicy: semantic validation reports these
  t.same(decodeErrors(pod({ restartPolicy: 'Mybe', containers: [{ name: 'x' }] })), []);
  t.same(decodeErrors({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' } }), []);
});

t.test('only the nine pod-bearing kinds have a schema', async (t) => {
  for (const k of ['Pod', 'PodTemplate', 'ReplicationController', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']) {
    t.equal(hasSchema(k), true, k);
  }
  t.equal(hasSchema('Service'), false);
  t.same(decodeErrors({ apiVersion: 'v1', kind: 'Service', spec: { whatever: true } }), []);
});

t.test('StatefulSet volumeClaimTemplates are full PersistentVolumeClaims (strictly decoded)', async (t) => {
  const sts: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 's' },
    spec: {
      selector: { matchLabels: { a: 'b' } },
      serviceName: 's',
      template: { metadata: { labels: { a: 'b' } }, spec: { containers: [container()] } },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClass: 'x' } }],
    },
  };
  t.same(messages(decodeErrors(sts)), ['unknown field "spec.volumeClaimTemplates[0].spec.storageClass", did you mean "storageClassName"?']);
});

t.test('decodeFailureMessage: the API server BadRequest text', async (t) => {
  const typeErrs = decodeErrors(pod({ containers: 'x' }));
  t.equal(
    decodeFailureMessage('v1', 'Pod', typeErrs),
    'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
  );
  const unknown = decodeErrors(deployment({ containers: [container({ imagePullPolice: 'Always' })] }));
  t.equal(
    decodeFailureMessage('apps/v1', 'Deployment', unknown),
    'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolice"',
  );
});

t.test('didYouMean and editDistance', async (t) => {
  t.equal(editDistance('imagePullPolice', 'imagePullPolicy'), 1);
  t.equal(editDistance('ab', 'ba'), 1); // a transposition counts once
  t.equal(editDistance('', 'abc'), 3);
  t.equal(didYouMean('imagePullPolice', ['image', 'imagePullPolicy', 'name']), 'imagePullPolicy');
  t.equal(didYouMean('contianers', ['containers', 'initContainers']), 'containers');
  t.equal(didYouMean('xyz', ['name', 'image']), undefined);
  // ties give no hint rather than a guess
  t.equal(didYouMean('ab', ['aa', 'bb']), undefined);
});

t.test('the committed JSON Schemas compile with ajv and agree with the generated validators', async (t) => {
  const { readFileSync } = await import('node:fs');
  const { Ajv } = await import('ajv');
  const read = (f: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../schema/kubernetes/${f}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(read('definitions.json'));
  const validate = ajv.compile(read('deployment.json'));
  const good = deployment({ containers: [container()] });
  const bad = deployment({ containers: [container({ imagePullPolice: 'Always' })] });
  t.equal(validate(good), true);
  t.equal(validate(bad), false);
  t.same(decodeErrors(good), []);
  t.equal(decodeErrors(bad).length, 1);
});

t.test('decodeErrorMessage: one finding per decode error, in the API server\'s words', async (t) => {
  const typed = decodeErrors(pod({ containers: [container({ ports: [{ containerPort: '80' }] })] }));
  t.equal(
    decodeErrorMessage('v1', 'Pod', typed[0] as FieldError),
    'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
  );
  const unknown = decodeErrors(pod({ containers: [container({ imagePullPolice: 'Always' })] }));
  t.equal(
    decodeErrorMessage('v1', 'Pod', unknown[0] as FieldError),
    'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolice", did you mean "imagePullPolicy"?',
  );
});

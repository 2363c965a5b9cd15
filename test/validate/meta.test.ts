/**
 * ObjectMeta validation (src/validate/meta.ts), mirroring
 * k8s.io/apimachinery/pkg/api/validation/objectmeta.go (ValidateObjectMetaAccessor,
 * ValidateAnnotations, ValidateOwnerReferences, ValidateFinalizers) and its tests in
 * objectmeta_test.go (TestValidateObjectMetaNamespaces, TestValidateObjectMetaOwnerReferences,
 * TestValidateAnnotations, TestValidateFinalizersPreventConflictingFinalizers), plus
 * apimachinery/pkg/apis/meta/v1/validation ValidateLabels (TestValidateLabels).
 */
import t from 'tap';
import { formatFieldError, type FieldError } from '../../src/model/field-error.js';
import {
  NAME_FN,
  TOTAL_ANNOTATION_SIZE_LIMIT_B,
  validateAnnotations,
  validateLabels,
  validateObjectMeta,
  validateObjectMetaForKind,
  validateOwnerReferences,
} from '../../src/validate/meta.js';
import { nameIsDNSSubdomain } from '../../src/validate/names.js';

const msgs = (e: FieldError[]): string[] => e.map(formatFieldError);

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

t.test('a plain name is fine; a missing namespace is fine (kubectl fills it)', async (t) => {
  t.same(validateObjectMeta({ name: 'hello-world' }, nameIsDNSSubdomain), []);
});

t.test('name or generateName is required (ValidateObjectMetaAccessor)', async (t) => {
  t.same(msgs(validateObjectMeta({}, nameIsDNSSubdomain)), ['metadata.name: Required value: name or generateName is required']);
  t.same(msgs(validateObjectMeta(undefined, nameIsDNSSubdomain)), ['metadata.name: Required value: name or generateName is required']);
  // generateName alone: the server generates the name before validating
  t.same(validateObjectMeta({ generateName: 'web-' }, nameIsDNSSubdomain), []);
});

t.test('generateName is validated as a prefix (nameFn(generateName, true): a trailing dash is allowed)', async (t) => {
  const errs = validateObjectMeta({ generateName: 'Web-' }, nameIsDNSSubdomain);
  t.equal(errs.length, 1);
  t.same(errs[0]?.path, ['metadata', 'generateName']);
  t.equal(errs[0]?.detail, SUBDOMAIN_MSG);
});

t.test('Pod names are DNS-1123 subdomains (ValidatePodName)', async (t) => {
  t.same(validateObjectMetaForKind('Pod', { name: 'a.b-c' }), []);
  t.same(msgs(validateObjectMetaForKind('Pod', { name: 'Hello_World' })), [`metadata.name: Invalid value: "Hello_World": ${SUBDOMAIN_MSG}`]);
});

t.test('StatefulSet names are DNS-1123 labels (ValidateStatefulSetName = NameIsDNSLabel)', async (t) => {
  // IsDNS1123Label: a valid subdomain that is not a label can only have dots in it
  t.same(msgs(validateObjectMetaForKind('StatefulSet', { name: 'web.v1' })), ['metadata.name: Invalid value: "web.v1": must not contain dots']);
  t.same(msgs(validateObjectMetaForKind('StatefulSet', { name: 'Web' })), [`metadata.name: Invalid value: "Web": ${LABEL_MSG}`]);
  // but a Deployment may have dots (ValidateDeploymentName = NameIsDNSSubdomain)
  t.same(validateObjectMetaForKind('Deployment', { name: 'web.v1' }), []);
});

t.test('every pod-bearing kind has its name function', async (t) => {
  for (const k of ['Pod', 'PodTemplate', 'ReplicationController', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']) {
    t.ok(NAME_FN[k], k);
  }
});

t.test('names longer than 253 characters (IsDNS1123Subdomain MaxLenError)', async (t) => {
  const errs = validateObjectMetaForKind('Deployment', { name: 'a'.repeat(254) });
  t.same(errs.map((e) => e.detail), ['must be no more than 253 characters']);
});

t.test('namespace must be a DNS-1123 label when given (ValidateNamespaceName)', async (t) => {
  t.same(validateObjectMeta({ name: 'x', namespace: 'kube-system' }, nameIsDNSSubdomain), []);
  t.same(msgs(validateObjectMeta({ name: 'x', namespace: 'Team_A' }, nameIsDNSSubdomain)), [`metadata.namespace: Invalid value: "Team_A": ${LABEL_MSG}`]);
});

t.test('generation must not be negative (ValidateNonnegativeField)', async (t) => {
  t.same(msgs(validateObjectMeta({ name: 'x', generation: -1 }, nameIsDNSSubdomain)), ['metadata.generation: Invalid value: -1: must be greater than or equal to 0']);
});

t.test('labels: keys are qualified names, values label values; errors point at the map (ValidateLabels)', async (t) => {
  t.same(validateLabels({ app: 'web', 'app.kubernetes.io/name': 'web', empty: '' }, ['metadata', 'labels']), []);
  const bad = validateLabels({ 'bad key': 'ok', ok: 'bad value' }, ['metadata', 'labels']);
  t.equal(bad.length, 2);
  t.same(bad.map((e) => e.path), [['metadata', 'labels'], ['metadata', 'labels']]);
  t.same(bad.map((e) => e.badValue), ['bad key', 'bad value']);
  t.match(bad[1]?.detail ?? '', /^a valid label must be an empty string or consist of alphanumeric characters/);
  // a value over 63 characters
  const long = validateLabels({ a: 'x'.repeat(64) }, ['metadata', 'labels']);
  t.same(long.map((e) => e.detail), ['must be no more than 63 characters']);
});

t.test('annotation keys are qualified names compared in lower case (ValidateAnnotations)', async (t) => {
  t.same(validateAnnotations({ 'Example.COM/Key': 'x' }, ['metadata', 'annotations']), []);
  const errs = validateAnnotations({ 'a/b/c': 'x' }, ['metadata', 'annotations']);
  t.equal(errs.length, 1);
  t.same(errs[0]?.path, ['metadata', 'annotations']);
  t.equal(errs[0]?.badValue, 'a/b/c');
});

t.test('annotations may total 256 KiB (TotalAnnotationSizeLimitB)', async (t) => {
  t.equal(TOTAL_ANNOTATION_SIZE_LIMIT_B, 262144);
  // key "a" (1 byte) + value: exactly at the limit is fine, one byte more is not
  t.same(validateAnnotations({ a: 'x'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B - 1) }, ['metadata', 'annotations']), []);
  const errs = validateAnnotations({ a: 'x'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B) }, ['metadata', 'annotations']);
  t.same(errs.map((e) => e.type), ['Too long']);
  t.match(errs[0]?.detail ?? '', /262144 bytes/);
});

t.test('ownerReferences: apiVersion, kind, name and uid must not be empty (validateOwnerReference)', async (t) => {
  const errs = validateOwnerReferences([{}], ['metadata', 'ownerReferences']);
  t.same(msgs(errs), [
    'metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
    'metadata.ownerReferences.kind: Invalid value: "": must not be empty',
    'metadata.ownerReferences.name: Invalid value: "": must not be empty',
    'metadata.ownerReferences.uid: Invalid value: "": must not be empty',
  ]);
  t.same(validateOwnerReferences([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: '1' }], ['metadata', 'ownerReferences']), []);
});

t.test('ownerReferences: an Event may not own anything (BannedOwners)', async (t) => {
  const errs = validateOwnerReferences([{ apiVersion: 'v1', kind: 'Event', name: 'e', uid: '1' }], ['metadata', 'ownerReferences']);
  t.same(errs.map((e) => e.detail), ['/v1, Kind=Event is disallowed from being an owner']);
});

t.test('ownerReferences: only one controller (ValidateOwnerReferences)', async (t) => {
  const refs = [
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'a', uid: '1', controller: true },
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'b', uid: '2', controller: true },
  ];
  const errs = validateOwnerReferences(refs, ['metadata', 'ownerReferences']);
  t.same(errs.map((e) => e.detail), ['Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/a and ReplicaSet/b']);
});

t.test('finalizers: qualified names, and not both orphan and foregroundDeletion (ValidateFinalizers)', async (t) => {
  t.same(validateObjectMeta({ name: 'x', finalizers: ['example.com/cleanup'] }, nameIsDNSSubdomain), []);
  const errs = validateObjectMeta({ name: 'x', finalizers: ['orphan', 'foregroundDeletion'] }, nameIsDNSSubdomain);
  t.same(errs.map((e) => e.detail), ['finalizer orphan and foregroundDeletion cannot be both set']);
});

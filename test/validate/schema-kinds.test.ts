/**
 * Kind classification (src/validate/kinds.ts) against the GVKs of the Kubernetes 1.36 OpenAPI
 * document (x-kubernetes-group-version-kind) and the deprecation guide's removed versions
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/). kubectl's message for a
 * kind discovery does not serve: k8s.io/apimachinery/pkg/api/meta NoKindMatchError.Error.
 */
import t from 'tap';
import { isPodBearingKind, isServedKind, knownKind, noKindMatchMessage, removedApi } from '../../src/validate/kinds.js';
import { GVKS, KUBERNETES_VERSION, SCHEMA_SHA256 } from '../../src/validate/generated/gvks.js';
import { kindMessage } from '../../src/validate/index.js';

t.test('the nine pod-bearing kinds at their served versions', async (t) => {
  for (const [v, k] of [
    ['v1', 'Pod'],
    ['v1', 'PodTemplate'],
    ['v1', 'ReplicationController'],
    ['apps/v1', 'Deployment'],
    ['apps/v1', 'StatefulSet'],
    ['apps/v1', 'DaemonSet'],
    ['apps/v1', 'ReplicaSet'],
    ['batch/v1', 'Job'],
    ['batch/v1', 'CronJob'],
  ] as const) {
    t.equal(knownKind(v, k), 'pod-bearing', `${v} ${k}`);
    t.equal(isPodBearingKind(v, k), true);
    t.equal(isServedKind(v, k), true);
  }
  t.equal(isPodBearingKind('v1', 'Deployment'), false);
});

t.test('other built-in kinds, including v1 List', async (t) => {
  t.equal(knownKind('v1', 'Service'), 'builtin');
  t.equal(knownKind('v1', 'ConfigMap'), 'builtin');
  t.equal(knownKind('networking.k8s.io/v1', 'Ingress'), 'builtin');
  t.equal(knownKind('policy/v1', 'PodDisruptionBudget'), 'builtin');
  t.equal(knownKind('v1', 'List'), 'builtin');
});

t.test('typos in a built-in group-version: no matches for kind', async (t) => {
  t.equal(knownKind('apps/v1', 'Deploymnet'), 'unknown-in-builtin-group');
  t.equal(knownKind('v1', 'pod'), 'unknown-in-builtin-group'); // kinds are case-sensitive
  t.equal(knownKind('apps/v2', 'Deployment'), 'unknown-in-builtin-group');
  t.equal(knownKind('v2', 'Pod'), 'unknown-in-builtin-group'); // core group, unknown version
  t.equal(noKindMatchMessage('apps/v1', 'Deploymnet'), 'no matches for kind "Deploymnet" in version "apps/v1"');
  t.equal(kindMessage('apps/v1', 'Deploymnet'), 'no matches for kind "Deploymnet" in version "apps/v1"');
  t.equal(kindMessage('apps/v1', 'Deployment'), undefined);
});

t.test('removed versions are recognised (removed-api-version reports them)', async (t) => {
  t.equal(knownKind('extensions/v1beta1', 'Deployment'), 'builtin');
  t.equal(knownKind('apps/v1beta1', 'StatefulSet'), 'builtin');
  t.equal(knownKind('batch/v1beta1', 'CronJob'), 'builtin');
  t.same(removedApi('extensions/v1beta1', 'Deployment'), { apiVersion: 'extensions/v1beta1', kind: 'Deployment', removedIn: '1.16', replacement: 'apps/v1' });
  t.same(removedApi('batch/v1beta1', 'CronJob')?.removedIn, '1.25');
  t.equal(removedApi('apps/v1', 'Deployment'), undefined);
  // a kind that never existed in a removed version is still unknown there
  t.equal(knownKind('extensions/v1beta1', 'Deploymnet'), 'unknown-in-builtin-group');
});

t.test('foreign groups (CRDs) and missing apiVersion', async (t) => {
  t.equal(knownKind('monitoring.coreos.com/v1', 'ServiceMonitor'), 'foreign');
  t.equal(knownKind('argoproj.io/v1alpha1', 'Rollout'), 'foreign');
  t.equal(knownKind('', 'Pod'), 'foreign');
});

t.test('the generated GVK list comes from the 1.36 document', async (t) => {
  t.equal(KUBERNETES_VERSION, '1.36');
  t.equal(SCHEMA_SHA256, 'c316f6e232c666148076e82e20371ff656ffbb12e59d8953e6d94ec7685bc75c');
  // meta/v1's DeleteOptions/WatchEvent carry every historical group-version; they must not leak in
  t.equal(GVKS.includes('extensions/v1beta1 Deployment'), false);
  t.equal(GVKS.includes('apps/v1 Deployment'), true);
});

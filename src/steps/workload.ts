/**
 * The pod a workload would create, so a scenario can run a Deployment, Job or CronJob's pod.
 * Names follow the controllers' patterns with deterministic suffixes (a scenario must give the
 * same result on every run, so nothing is random):
 * - Deployment: `<name>-<pod-template-hash>-<5>` (pkg/controller/deployment/sync.go@getNewReplicaSet:
 *   the ReplicaSet is `<name>-<hash>`, the hash being controller.ComputeHash of the template,
 *   rand.SafeEncodeString(fmt.Sprint(fnv32a))). The hash here is fnv32a over the template's JSON,
 *   not over Go's DeepHashObject printing, so it has the right shape but not kubectl's value.
 * - ReplicaSet, ReplicationController, DaemonSet, Job: `<name>-<5>` (the API server's
 *   generateName: staging/src/k8s.io/apiserver/pkg/storage/names/generate.go, 5 chars of
 *   utilrand.String's alphabet).
 * - StatefulSet: `<name>-0` (pkg/controller/statefulset/stateful_set_utils.go@getPodName), with
 *   hostname/subdomain and the pod-name/pod-index labels.
 * - CronJob: the Job `<name>-<scheduled time in minutes>` (pkg/controller/cronjob/utils.go@getJobName),
 *   then its pod `<job>-<5>`.
 * Labels come from the template plus what the controller adds; ownerReferences name the owner.
 */
import type { KubeObject, ObjectMeta, Pod, PodSpec, Toleration } from '../model/k8s.js';
import { isRecord } from '../model/k8s.js';

/** k8s.io/apimachinery/pkg/util/rand: the alphabet without vowels and confusable characters. */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString. */
export function safeEncodeString(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => ALPHANUMS[b % ALPHANUMS.length]).join('');
}

/** A deterministic stand-in for rand.String(n), seeded by text. */
export function stableSuffix(seed: string, n = 5): string {
  let out = '';
  let h = fnv32a(seed);
  for (let i = 0; i < n; i++) {
    out += ALPHANUMS[h % ALPHANUMS.length];
    h = fnv32a(`${seed}:${i}:${h}`);
  }
  return out;
}

export const WORKLOAD_KINDS = ['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'PodTemplate'] as const;

/** Scheduled time of a CronJob's first run: virtual time 0 is this wall-clock instant. */
const DEFAULT_EPOCH = Date.UTC(2025, 0, 1, 0, 0, 0);

function template(obj: KubeObject): { metadata?: ObjectMeta; spec?: PodSpec } | undefined {
  const spec = obj['spec'];
  let t: unknown;
  if (obj.kind === 'PodTemplate') t = obj['template'];
  else if (obj.kind === 'CronJob') {
    const jt = isRecord(spec) ? spec['jobTemplate'] : undefined;
    const js = isRecord(jt) ? jt['spec'] : undefined;
    t = isRecord(js) ? js['template'] : undefined;
  } else t = isRecord(spec) ? spec['template'] : undefined;
  return isRecord(t) ? t : undefined;
}

/** pkg/controller/daemon/util/daemonset_util.go@AddOrUpdateDaemonPodTolerations. */
const DAEMON_TOLERATIONS: Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

function clone<T>(v: T): T {
  return structuredClone(v);
}

/**
 * The pod a Pod manifest or a workload stands for; undefined when the object has no pod
 * template (validation reports that).
 */
export function podFor(obj: KubeObject): Pod | undefined {
  if (obj.kind === 'Pod') {
    const pod = clone(obj) as Pod;
    delete pod.status;
    return pod;
  }
  const t = template(obj);
  if (t === undefined) return undefined;
  const name = obj.metadata?.name ?? 'workload';
  const namespace = obj.metadata?.namespace;
  const kind = obj.kind ?? '';
  const labels: Record<string, string> = { ...(t.metadata?.labels ?? {}) };
  const spec: PodSpec = clone(t.spec ?? { containers: [] });
  let podName: string;
  let owner: { apiVersion: string; kind: string; name: string } | undefined;
  switch (kind) {
    case 'Deployment': {
      const hash = safeEncodeString(String(fnv32a(JSON.stringify(t))));
      labels['pod-template-hash'] = hash;
      owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-${hash}` };
      podName = `${name}-${hash}-${stableSuffix(`${kind}/${name}`)}`;
      break;
    }
    case 'StatefulSet': {
      podName = `${name}-0`;
      labels['apps.kubernetes.io/pod-index'] = '0';
      labels['statefulset.kubernetes.io/pod-name'] = podName;
      spec.hostname ??= podName;
      const svc = isRecord(obj['spec']) ? obj['spec']['serviceName'] : undefined;
      if (typeof svc === 'string' && svc !== '') spec.subdomain ??= svc;
      owner = { apiVersion: 'apps/v1', kind, name };
      break;
    }
    case 'DaemonSet':
      podName = `${name}-${stableSuffix(`${kind}/${name}`)}`;
      spec.tolerations = [...(spec.tolerations ?? []), ...DAEMON_TOLERATIONS.filter((d) => !(spec.tolerations ?? []).some((x) => x.key === d.key && x.effect === d.effect))];
      owner = { apiVersion: 'apps/v1', kind, name };
      break;
    case 'Job':
    case 'CronJob': {
      const jobName = kind === 'CronJob' ? `${name}-${Math.floor(DEFAULT_EPOCH / 60_000)}` : name;
      labels['batch.kubernetes.io/job-name'] = jobName;
      labels['job-name'] = jobName;
      podName = `${jobName}-${stableSuffix(`Job/${jobName}`)}`;
      owner = { apiVersion: 'batch/v1', kind: 'Job', name: jobName };
      break;
    }
    case 'PodTemplate':
      podName = t.metadata?.name ?? name;
      break;
    default:
      podName = `${name}-${stableSuffix(`${kind}/${name}`)}`;
      owner = { apiVersion: obj.apiVersion ?? 'v1', kind, name };
  }
  const metadata: ObjectMeta = { name: podName, labels };
  if (namespace !== undefined) metadata.namespace = namespace;
  if (t.metadata?.annotations) metadata.annotations = { ...t.metadata.annotations };
  if (owner) metadata.ownerReferences = [{ ...owner, controller: true }];
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

/**
 * The pod a workload controller would create from its template, with the controller's naming
 * and labels:
 * - Deployment → ReplicaSet `<deployment>-<pod-template-hash>` (pkg/controller/deployment/util
 *   ComputeHash, a 10-char safe-encoded FNV hash) → Pod `<replicaset>-<5 random chars>`
 *   (apiserver generateName: names.SimpleNameGenerator, alphabet "bcdfghjklmnpqrstvwxz2456789");
 *   the pod gets the `pod-template-hash` label.
 * - ReplicaSet / ReplicationController / DaemonSet / Job → `<name>-<5 chars>`; Job pods get the
 *   batch.kubernetes.io/job-name and controller-uid labels; restartPolicy comes from the template.
 * - CronJob → Job `<cronjob>-<scheduled minutes>` → Pod `<job>-<5 chars>`.
 * - StatefulSet → `<name>-0` with the statefulset.kubernetes.io/pod-name label.
 * Random parts are derived from a hash of the template, so the names are stable across runs.
 */
import type { KubeObject, Pod, PodTemplateSpec } from '../model/k8s.js';
import { isRecord } from '../model/k8s.js';
import { stableHex, stableUid } from './images.js';

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

function safeEncode(hex: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const byte = parseInt(hex.slice((i * 2) % 60, ((i * 2) % 60) + 2), 16);
    out += ALPHANUMS[byte % ALPHANUMS.length];
  }
  return out;
}

function templateOf(obj: KubeObject): { template?: PodTemplateSpec; jobTemplate?: boolean } {
  const spec = obj['spec'];
  if (!isRecord(spec)) return {};
  if (obj.kind === 'CronJob') {
    const jt = spec['jobTemplate'];
    if (isRecord(jt) && isRecord(jt['spec']) && isRecord(jt['spec']['template'])) return { template: jt['spec']['template'], jobTemplate: true };
    return {};
  }
  if (obj.kind === 'PodTemplate') return isRecord(obj['template']) ? { template: obj['template'] } : {};
  return isRecord(spec['template']) ? { template: spec['template'] } : {};
}

export const WORKLOAD_KINDS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'PodTemplate']);

/** The Pod the controller creates for `workload` (the first replica). Returns undefined for non-workloads. */
export function podFromTemplate(workload: KubeObject): Pod | undefined {
  if (!WORKLOAD_KINDS.has(workload.kind ?? '')) return undefined;
  const { template } = templateOf(workload);
  if (template === undefined || template.spec === undefined) return undefined;
  const name = workload.metadata?.name ?? 'workload';
  const ns = workload.metadata?.namespace ?? 'default';
  const hash = stableHex(`template:${JSON.stringify(template)}`);
  const suffix = safeEncode(stableHex(`pod:${hash}`), 5);
  const labels: Record<string, string> = { ...(template.metadata?.labels ?? {}) };
  const ownerUid = workload.metadata?.uid ?? stableUid(`${workload.kind}/${ns}/${name}`);
  let podName: string;
  let owner: { apiVersion: string; kind: string; name: string; uid: string; controller: boolean };
  switch (workload.kind) {
    case 'Deployment': {
      const tHash = safeEncode(hash, 10);
      const rs = `${name}-${tHash}`;
      labels['pod-template-hash'] = tHash;
      podName = `${rs}-${suffix}`;
      owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, uid: stableUid(`ReplicaSet/${ns}/${rs}`), controller: true };
      break;
    }
    case 'StatefulSet':
      podName = `${name}-0`;
      labels['statefulset.kubernetes.io/pod-name'] = podName;
      labels['apps.kubernetes.io/pod-index'] = '0';
      owner = { apiVersion: 'apps/v1', kind: 'StatefulSet', name, uid: ownerUid, controller: true };
      break;
    case 'CronJob': {
      const job = `${name}-${29_000_000}`;
      podName = `${job}-${suffix}`;
      const jobUid = stableUid(`Job/${ns}/${job}`);
      labels['batch.kubernetes.io/job-name'] = job;
      labels['job-name'] = job;
      labels['batch.kubernetes.io/controller-uid'] = jobUid;
      labels['controller-uid'] = jobUid;
      owner = { apiVersion: 'batch/v1', kind: 'Job', name: job, uid: jobUid, controller: true };
      break;
    }
    case 'Job':
      podName = `${name}-${suffix}`;
      labels['batch.kubernetes.io/job-name'] = name;
      labels['job-name'] = name;
      labels['batch.kubernetes.io/controller-uid'] = ownerUid;
      labels['controller-uid'] = ownerUid;
      owner = { apiVersion: 'batch/v1', kind: 'Job', name, uid: ownerUid, controller: true };
      break;
    case 'PodTemplate':
      podName = `${name}-${suffix}`;
      owner = { apiVersion: 'v1', kind: 'PodTemplate', name, uid: ownerUid, controller: false };
      break;
    default:
      podName = `${name}-${suffix}`;
      owner = {
        apiVersion: workload.kind === 'ReplicationController' ? 'v1' : 'apps/v1',
        kind: workload.kind as string,
        name,
        uid: ownerUid,
        controller: true,
      };
  }
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(template.metadata ?? {}),
      name: podName,
      namespace: ns,
      labels,
      ownerReferences: [owner],
    },
    spec: JSON.parse(JSON.stringify(template.spec)) as Pod['spec'],
  };
  if (pod.metadata && 'generateName' in pod.metadata) delete pod.metadata.generateName;
  return pod;
}

/**
 * API-server defaulting of a pod spec, so validation sees what the API server validates
 * (defaulting runs before validation). Mirrors kubernetes pkg/apis/core/v1/defaults.go
 * (SetDefaults_PodSpec, SetDefaults_Pod, SetDefaults_Container, SetDefaults_EphemeralContainer,
 * SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_Volume, SetDefaults_*VolumeSource,
 * SetDefaults_ServiceAccountTokenProjection, SetDefaults_ObjectFieldSelector,
 * SetDefaults_HostPathVolumeSource, defaultHostNetworkPorts) and the `+default=` markers of
 * k8s.io/api/core/v1 types (ContainerPort.protocol = TCP).
 *
 * Pure: returns a defaulted deep copy and never mutates its input. Values of the wrong type are
 * left alone (the schema layer reports them).
 *
 * Not applied: SetDefaults_ResourceList's rounding of quantities to milli precision (validation
 * does that when it compares quantities, so the manifest's own text is kept here).
 */
import { isRecord } from '../model/k8s.js';

type Obj = Record<string, unknown>;

export interface DefaultPodSpecOptions {
  /**
   * true for a Pod's spec (SetDefaults_Pod also runs: requests default to limits, host-network
   * ports get hostPort = containerPort, enableServiceLinks = true); false for pod templates.
   * Default: true.
   */
  pod?: boolean;
}

/** v1.DefaultTerminationGracePeriodSeconds. */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** v1.TerminationMessagePathDefault. */
export const DEFAULT_TERMINATION_MESSAGE_PATH = '/dev/termination-log';
/** 0644: SecretVolumeSourceDefaultMode, ConfigMap…, DownwardAPI…, Projected… */
export const DEFAULT_VOLUME_MODE = 0o644;

function clone<T>(v: T): T {
  return structuredClone(v);
}

function ensureObj(o: Obj, k: string): Obj | undefined {
  const v = o[k];
  if (v === undefined || v === null) {
    const n: Obj = {};
    o[k] = n;
    return n;
  }
  return isRecord(v) ? v : undefined;
}

function setIfAbsent(o: Obj, k: string, value: unknown): void {
  if (o[k] === undefined || o[k] === null || o[k] === '') o[k] = value;
}

function objects(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

/**
 * The image's tag as parsers.ParseImageName sees it: "latest" when the reference has neither a
 * tag nor a digest, "" when it has only a digest.
 */
export function imageTag(image: string): string {
  let name = image;
  let digest = '';
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) return name.slice(colon + 1);
  return digest ? '' : 'latest';
}

/** SetDefaults_Container: the pull policy the API server fills in for an image. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultHTTPGet(handler: Obj | undefined): void {
  if (!handler) return;
  const http = handler['httpGet'];
  if (isRecord(http)) {
    setIfAbsent(http, 'path', '/');
    setIfAbsent(http, 'scheme', 'HTTP');
  }
}

function defaultProbe(c: Obj, k: string): void {
  const p = c[k];
  if (!isRecord(p)) return;
  // SetDefaults_Probe: zero values are replaced.
  for (const [f, d] of [
    ['timeoutSeconds', 1],
    ['periodSeconds', 10],
    ['successThreshold', 1],
    ['failureThreshold', 3],
  ] as const) {
    if (p[f] === undefined || p[f] === null || p[f] === 0) p[f] = d;
  }
  defaultHTTPGet(p);
  const grpc = p['grpc'];
  if (isRecord(grpc) && (grpc['service'] === undefined || grpc['service'] === null)) grpc['service'] = '';
}

function defaultFieldRef(holder: Obj | undefined): void {
  const fr = holder?.['fieldRef'];
  if (isRecord(fr)) setIfAbsent(fr, 'apiVersion', 'v1');
}

function defaultContainer(c: Obj): void {
  if (c['imagePullPolicy'] === undefined || c['imagePullPolicy'] === null || c['imagePullPolicy'] === '') {
    const image = typeof c['image'] === 'string' ? c['image'] : '';
    c['imagePullPolicy'] = defaultPullPolicy(image);
  }
  setIfAbsent(c, 'terminationMessagePath', DEFAULT_TERMINATION_MESSAGE_PATH);
  setIfAbsent(c, 'terminationMessagePolicy', 'File');
  for (const port of objects(c['ports'])) setIfAbsent(port, 'protocol', 'TCP');
  for (const env of objects(c['env'])) {
    const vf = env['valueFrom'];
    if (isRecord(vf)) defaultFieldRef(vf);
  }
  defaultProbe(c, 'livenessProbe');
  defaultProbe(c, 'readinessProbe');
  defaultProbe(c, 'startupProbe');
  const lc = c['lifecycle'];
  if (isRecord(lc)) {
    defaultHTTPGet(isRecord(lc['postStart']) ? lc['postStart'] : undefined);
    defaultHTTPGet(isRecord(lc['preStop']) ? lc['preStop'] : undefined);
  }
}

/** The volume source keys of v1.VolumeSource (SetDefaults_Volume checks that all are nil). */
export const VOLUME_SOURCE_KEYS = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
] as const;

function defaultVolume(v: Obj): void {
  if (VOLUME_SOURCE_KEYS.every((k) => v[k] === undefined || v[k] === null)) v['emptyDir'] = {};
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const src = v[k];
    if (isRecord(src) && (src['defaultMode'] === undefined || src['defaultMode'] === null)) src['defaultMode'] = DEFAULT_VOLUME_MODE;
  }
  const hp = v['hostPath'];
  if (isRecord(hp) && (hp['type'] === undefined || hp['type'] === null)) hp['type'] = '';
  const dapi = v['downwardAPI'];
  if (isRecord(dapi)) for (const item of objects(dapi['items'])) defaultFieldRef(item);
  const proj = v['projected'];
  if (isRecord(proj)) {
    for (const src of objects(proj['sources'])) {
      const sat = src['serviceAccountToken'];
      if (isRecord(sat) && (sat['expirationSeconds'] === undefined || sat['expirationSeconds'] === null)) sat['expirationSeconds'] = 3600;
      const d = src['downwardAPI'];
      if (isRecord(d)) for (const item of objects(d['items'])) defaultFieldRef(item);
    }
  }
  const img = v['image'];
  if (isRecord(img) && (img['pullPolicy'] === undefined || img['pullPolicy'] === null || img['pullPolicy'] === '')) {
    img['pullPolicy'] = defaultPullPolicy(typeof img['reference'] === 'string' ? img['reference'] : '');
  }
}

/** SetDefaults_Pod's "set requests to limits if requests are not specified, but limits are". */
function defaultRequestsFromLimits(c: Obj): void {
  const res = c['resources'];
  if (!isRecord(res)) return;
  const limits = res['limits'];
  if (!isRecord(limits)) return;
  const requests = ensureObj(res, 'requests');
  if (!requests) return;
  for (const [k, v] of Object.entries(limits)) if (!(k in requests)) requests[k] = clone(v);
}

/** defaultHostNetworkPorts: with host networking every container port is also a host port. */
function defaultHostNetworkPorts(containers: Obj[]): void {
  for (const c of containers) {
    for (const p of objects(c['ports'])) {
      if (p['hostPort'] === undefined || p['hostPort'] === null || p['hostPort'] === 0) {
        if (p['containerPort'] !== undefined) p['hostPort'] = p['containerPort'];
      }
    }
  }
}

/**
 * Return a defaulted deep copy of a v1 PodSpec (the `spec` of a Pod or of a pod template).
 * Input that is not an object is returned as a copy, unchanged.
 */
export function defaultPodSpec<T>(spec: T, opts: DefaultPodSpecOptions = {}): T {
  const out = clone(spec);
  if (!isRecord(out)) return out;
  const s: Obj = out;
  // SetDefaults_PodSpec
  setIfAbsent(s, 'dnsPolicy', 'ClusterFirst');
  setIfAbsent(s, 'restartPolicy', 'Always');
  if (s['securityContext'] === undefined || s['securityContext'] === null) s['securityContext'] = {};
  if (s['terminationGracePeriodSeconds'] === undefined || s['terminationGracePeriodSeconds'] === null) {
    s['terminationGracePeriodSeconds'] = DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
  }
  setIfAbsent(s, 'schedulerName', 'default-scheduler');

  const containers = objects(s['containers']);
  const initContainers = objects(s['initContainers']);
  const ephemeral = objects(s['ephemeralContainers']);
  for (const c of [...containers, ...initContainers, ...ephemeral]) defaultContainer(c);
  for (const v of objects(s['volumes'])) defaultVolume(v);

  if (opts.pod !== false) {
    // SetDefaults_Pod
    for (const c of [...containers, ...initContainers]) defaultRequestsFromLimits(c);
    if (s['enableServiceLinks'] === undefined || s['enableServiceLinks'] === null) s['enableServiceLinks'] = true;
    if (s['hostNetwork'] === true) {
      defaultHostNetworkPorts(containers);
      defaultHostNetworkPorts(initContainers);
    }
  }
  return out;
}

/**
 * The Downward API and config objects as the kubelet materialises them.
 * - pkg/kubelet/kubelet_pods.go@makeEnvironmentVariables: service env (the `kubernetes`
 *   service is always there), envFrom, then env in order with $(VAR) expansion against the
 *   variables defined so far; fieldRef via @podFieldSelectorRuntimeValue; resourceFieldRef via
 *   pkg/api/v1/resource/helpers.go@ExtractContainerResourceValue (ceil(value / divisor);
 *   missing limits default to node allocatable: MergeContainerResourceLimits).
 * - pkg/volume/downwardapi/downwardapi.go@CollectData and pkg/fieldpath/fieldpath.go@FormatMap
 *   (labels/annotations as sorted `key="value"` lines).
 * - configMap/secret volumes: pkg/volume/configmap, pkg/volume/secret (one file per key, or
 *   the listed items).
 */
import type { Container, EnvVar, KubeObject, Pod } from '../model/k8s.js';
import { isRecord } from '../model/k8s.js';
import { parseQuantity } from '../model/quantity.js';

export interface DownwardContext {
  pod: Pod;
  podIP: string;
  hostIP: string;
  nodeName: string;
  /** Node allocatable, for limits that are not set. */
  nodeCpu: number;
  nodeMemory: number;
  objects: KubeObject[];
  strict: boolean;
}

export class ConfigError extends Error {}

function findObject(objects: KubeObject[], kind: string, name: string | undefined, namespace: string): KubeObject | undefined {
  return objects.find((o) => o.kind === kind && o.metadata?.name === name && (o.metadata?.namespace ?? 'default') === namespace);
}

/** ConfigMap data (+binaryData) or Secret data (base64-decoded) + stringData. */
export function objectData(obj: KubeObject): Record<string, string> {
  const out: Record<string, string> = {};
  const data = obj['data'];
  if (isRecord(data)) {
    for (const [k, v] of Object.entries(data)) {
      if (typeof v !== 'string') continue;
      out[k] = obj.kind === 'Secret' ? Buffer.from(v, 'base64').toString('utf8') : v;
    }
  }
  const sd = obj['stringData'];
  if (obj.kind === 'Secret' && isRecord(sd)) for (const [k, v] of Object.entries(sd)) if (typeof v === 'string') out[k] = v;
  const bd = obj['binaryData'];
  if (obj.kind === 'ConfigMap' && isRecord(bd)) for (const [k, v] of Object.entries(bd)) if (typeof v === 'string') out[k] = Buffer.from(v, 'base64').toString('latin1');
  return out;
}

function quoteGo(s: string): string {
  return JSON.stringify(s);
}

/** fieldpath.FormatMap: sorted `k="v"` lines. */
export function formatMap(m: Record<string, string> | undefined): string {
  const keys = Object.keys(m ?? {}).sort();
  return keys.map((k) => `${k}=${quoteGo((m as Record<string, string>)[k] as string)}`).join('\n');
}

/** podFieldSelectorRuntimeValue + fieldpath.ExtractFieldPathAsString. */
export function fieldRefValue(path: string, ctx: DownwardContext): string {
  const meta = ctx.pod.metadata ?? {};
  const sub = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (sub) {
    const map = sub[1] === 'labels' ? meta.labels : meta.annotations;
    return map?.[sub[2] as string] ?? '';
  }
  switch (path) {
    case 'metadata.name':
      return meta.name ?? '';
    case 'metadata.namespace':
      return meta.namespace ?? 'default';
    case 'metadata.uid':
      return meta.uid ?? '';
    case 'metadata.labels':
      return formatMap(meta.labels);
    case 'metadata.annotations':
      return formatMap(meta.annotations);
    case 'spec.nodeName':
      return ctx.nodeName;
    case 'spec.serviceAccountName':
      return ctx.pod.spec?.serviceAccountName ?? 'default';
    case 'status.hostIP':
    case 'status.hostIPs':
      return ctx.hostIP;
    case 'status.podIP':
    case 'status.podIPs':
      return ctx.podIP;
    default:
      return '';
  }
}

/** ExtractContainerResourceValue: ceil(value / divisor), limits defaulting to node allocatable. */
export function resourceFieldValue(
  ref: { resource: string; containerName?: string; divisor?: string | number },
  container: Container,
  ctx: DownwardContext,
): string {
  const all = [...(ctx.pod.spec?.initContainers ?? []), ...(ctx.pod.spec?.containers ?? [])];
  const c = ref.containerName ? (all.find((x) => x.name === ref.containerName) ?? container) : container;
  const [kind, res] = ref.resource.split('.') as [string, string];
  const list = kind === 'limits' ? c.resources?.limits : c.resources?.requests;
  let value = parseQuantity(list?.[res])?.value;
  if (value === undefined) {
    if (kind === 'limits') value = res === 'cpu' ? ctx.nodeCpu : res === 'memory' ? ctx.nodeMemory : 0;
    else if (kind === 'requests') {
      // requests default to limits (SetDefaults), else zero
      value = parseQuantity(c.resources?.limits?.[res])?.value ?? 0;
    } else value = 0;
  }
  const divisor = parseQuantity(ref.divisor ?? '1')?.value ?? 1;
  if (res === 'cpu') {
    // convertResourceCPUToString: ceil(milliValue / divisor.milliValue)
    const milli = Math.round(value * 1000);
    const dMilli = Math.max(1, Math.round(divisor * 1000));
    return String(Math.ceil(milli / dMilli));
  }
  return String(Math.ceil(value / (divisor === 0 ? 1 : divisor)));
}

/** The env the kubernetes service contributes (getServiceEnvVarMap: the master service is always present). */
export const SERVICE_ENV: Record<string, string> = {
  KUBERNETES_SERVICE_HOST: '10.96.0.1',
  KUBERNETES_SERVICE_PORT: '443',
  KUBERNETES_SERVICE_PORT_HTTPS: '443',
  KUBERNETES_PORT: 'tcp://10.96.0.1:443',
  KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
  KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
  KUBERNETES_PORT_443_TCP_PORT: '443',
  KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
};

/**
 * The container's environment as the runtime receives it (makeEnvironmentVariables), plus the
 * image's PATH and the HOSTNAME the runtime sets. `expand` is the kubelet's $(VAR) expansion.
 */
export function containerEnv(
  container: Container,
  ctx: DownwardContext,
  expand: (s: string, env: Record<string, string>) => string,
  hostname: string,
): Record<string, string> {
  const ns = ctx.pod.metadata?.namespace ?? 'default';
  const env: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: hostname,
  };
  const tmp: Record<string, string> = { ...SERVICE_ENV };
  for (const ef of container.envFrom ?? []) {
    const kind = ef.configMapRef ? 'ConfigMap' : 'Secret';
    const ref = ef.configMapRef ?? ef.secretRef;
    const obj = findObject(ctx.objects, kind, ref?.name, ns);
    if (obj === undefined) {
      const optional = (ref as { optional?: boolean } | undefined)?.optional === true;
      if (ctx.strict && !optional) throw new ConfigError(`${kind.toLowerCase()} "${ref?.name ?? ''}" not found`);
      continue;
    }
    for (const [k, v] of Object.entries(objectData(obj))) tmp[(ef.prefix ?? '') + k] = v;
  }
  for (const e of container.env ?? []) tmp[e.name] = envValue(e, container, ctx, tmp, expand, ns);
  return { ...env, ...tmp };
}

function envValue(
  e: EnvVar,
  container: Container,
  ctx: DownwardContext,
  defined: Record<string, string>,
  expand: (s: string, env: Record<string, string>) => string,
  ns: string,
): string {
  if (e.value !== undefined) return expand(e.value, defined);
  const vf = e.valueFrom;
  if (vf === undefined) return '';
  if (vf.fieldRef) return fieldRefValue(vf.fieldRef.fieldPath, ctx);
  if (vf.resourceFieldRef) return resourceFieldValue(vf.resourceFieldRef, container, ctx);
  const keyRef = vf.configMapKeyRef ?? vf.secretKeyRef;
  if (keyRef) {
    const kind = vf.configMapKeyRef ? 'ConfigMap' : 'Secret';
    const obj = findObject(ctx.objects, kind, keyRef.name, ns);
    if (obj === undefined) {
      if (ctx.strict && keyRef.optional !== true) throw new ConfigError(`${kind.toLowerCase()} "${keyRef.name ?? ''}" not found`);
      return '';
    }
    const data = objectData(obj);
    if (!(keyRef.key in data)) {
      if (keyRef.optional === true) return '';
      throw new ConfigError(`couldn't find key ${keyRef.key} in ${kind} ${ns}/${keyRef.name ?? ''}`);
    }
    return data[keyRef.key] as string;
  }
  return '';
}

/** Files of a configMap / secret / downwardAPI / projected volume: path → contents. */
export function volumeFiles(volume: Record<string, unknown>, ctx: DownwardContext): Record<string, string> {
  const ns = ctx.pod.metadata?.namespace ?? 'default';
  const out: Record<string, string> = {};
  const fromObject = (kind: string, name: string | undefined, items: unknown, optional: boolean): void => {
    const obj = findObject(ctx.objects, kind, name, ns);
    const list = Array.isArray(items) ? (items.filter(isRecord) as { key?: string; path?: string }[]) : undefined;
    if (obj === undefined) {
      if (ctx.strict && !optional) throw new ConfigError(`${kind.toLowerCase()} "${name ?? ''}" not found`);
      // contents unknown: empty placeholders for the listed items
      for (const it of list ?? []) if (it.path) out[it.path] = '';
      return;
    }
    const data = objectData(obj);
    if (list !== undefined && list.length > 0) {
      for (const it of list) if (it.key !== undefined && it.path) out[it.path] = data[it.key] ?? '';
    } else Object.assign(out, data);
  };
  const downward = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const it of items) {
      if (!isRecord(it) || typeof it['path'] !== 'string') continue;
      const fr = it['fieldRef'];
      const rr = it['resourceFieldRef'];
      if (isRecord(fr) && typeof fr['fieldPath'] === 'string') out[it['path']] = fieldRefValue(fr['fieldPath'], ctx);
      else if (isRecord(rr) && typeof rr['resource'] === 'string') {
        const cname = typeof rr['containerName'] === 'string' ? rr['containerName'] : undefined;
        const c = (ctx.pod.spec?.containers ?? []).find((x) => x.name === cname) ?? ctx.pod.spec?.containers[0];
        if (c) out[it['path']] = resourceFieldValue(rr as { resource: string }, c, ctx);
      }
    }
  };
  const cm = volume['configMap'];
  const sec = volume['secret'];
  const dw = volume['downwardAPI'];
  const proj = volume['projected'];
  if (isRecord(cm)) fromObject('ConfigMap', cm['name'] as string | undefined, cm['items'], cm['optional'] === true);
  if (isRecord(sec)) fromObject('Secret', sec['secretName'] as string | undefined, sec['items'], sec['optional'] === true);
  if (isRecord(dw)) downward(dw['items']);
  if (isRecord(proj) && Array.isArray(proj['sources'])) {
    for (const s of proj['sources']) {
      if (!isRecord(s)) continue;
      if (isRecord(s['configMap'])) fromObject('ConfigMap', s['configMap']['name'] as string, s['configMap']['items'], s['configMap']['optional'] === true);
      if (isRecord(s['secret'])) fromObject('Secret', s['secret']['name'] as string, s['secret']['items'], s['secret']['optional'] === true);
      if (isRecord(s['downwardAPI'])) downward(s['downwardAPI']['items']);
      if (isRecord(s['serviceAccountToken'])) out[(s['serviceAccountToken']['path'] as string) ?? 'token'] = 'eyJhbGciOiJSUzI1NiJ9.podproof-placeholder-token';
    }
  }
  return out;
}

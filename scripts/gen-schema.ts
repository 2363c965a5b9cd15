/**
 * Generates podproof's strict schemas from the Kubernetes OpenAPI (Swagger 2.0) document.
 *
 *   npx tsx scripts/gen-schema.ts [path/to/swagger.json]
 *
 * Reads ../shared/kubernetes-openapi/swagger.json (Kubernetes 1.36) at generation time and writes
 * only derived output (the source document itself is not committed):
 *
 *   schema/kubernetes/definitions.json   strict JSON Schema (draft-07) definitions reachable from
 *                                        the nine pod-bearing kinds
 *   schema/kubernetes/<kind>.json        one small root schema per kind ($ref into definitions.json)
 *   schema/kubernetes/gvks.json          every group/version/kind the document serves
 *   src/validate/generated/validators.ts ajv standalone code (ESM), one export per kind, shared
 *                                        definitions compiled once
 *   src/validate/generated/gotypes.ts    Go type names per definition/property, for the decoder's
 *                                        `json: cannot unmarshal ... of type ...` messages and
 *                                        the known-field lists the "did you mean" hints use
 *   src/validate/generated/gvks.ts       the GVK list as a TypeScript constant
 *
 * The schema is about structure and types only (strict decoding: sigs.k8s.io/json with
 * DisallowUnknownFields). Required fields and enum values are semantic validation's job
 * (pkg/apis/core/validation), which reports them with the API server's own wording, so
 * `required`, `enum`, `format` and `default` are dropped.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';

// ajv's CommonJS build under NodeNext: the default export sits on `.default`.
const standaloneCode = standaloneModule.default;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface SwaggerSchema {
  type?: string;
  format?: string;
  $ref?: string;
  items?: SwaggerSchema;
  properties?: Record<string, SwaggerSchema>;
  additionalProperties?: SwaggerSchema | boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[];
  [k: string]: unknown;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const source = resolve(process.argv[2] ?? join(root, '..', 'shared', 'kubernetes-openapi', 'swagger.json'));
const KUBERNETES_VERSION = '1.36';

const raw = readFileSync(source);
const sha256 = createHash('sha256').update(raw).digest('hex');
const swagger = JSON.parse(raw.toString('utf8')) as { definitions: Record<string, SwaggerSchema> };
const defs = swagger.definitions;

/** The nine pod-bearing kinds (README of kubernetes-openapi; DESIGN.md "Manifests"). */
export const ROOTS: Record<string, string> = {
  Pod: 'io.k8s.api.core.v1.Pod',
  PodTemplate: 'io.k8s.api.core.v1.PodTemplate',
  ReplicationController: 'io.k8s.api.core.v1.ReplicationController',
  Deployment: 'io.k8s.api.apps.v1.Deployment',
  StatefulSet: 'io.k8s.api.apps.v1.StatefulSet',
  DaemonSet: 'io.k8s.api.apps.v1.DaemonSet',
  ReplicaSet: 'io.k8s.api.apps.v1.ReplicaSet',
  Job: 'io.k8s.api.batch.v1.Job',
  CronJob: 'io.k8s.api.batch.v1.CronJob',
};

const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
/** ParseQuantity's grammar (quantity.go parseQuantityString), with UnmarshalJSON's TrimSpace. */
export const QUANTITY_PATTERN =
  '^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?\\s*$';
const TIMES = new Set(['io.k8s.apimachinery.pkg.apis.meta.v1.Time', 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime']);

/**
 * Named Go types the OpenAPI document cannot tell us about (it writes them as plain strings or
 * maps). They only change the `of type ...` part of decode messages; keyed by definition short
 * name and property. From k8s.io/api/core/v1/types.go, apps/v1/types.go, batch/v1/types.go.
 */
const GO_NAMED: Record<string, string> = {
  'PodSpec.restartPolicy': 'v1.RestartPolicy',
  'PodSpec.dnsPolicy': 'v1.DNSPolicy',
  'PodSpec.preemptionPolicy': 'v1.PreemptionPolicy',
  'PodSpec.nodeSelector': 'map[string]string',
  'PodSpec.overhead': 'v1.ResourceList',
  'Container.imagePullPolicy': 'v1.PullPolicy',
  'Container.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'Container.restartPolicy': 'v1.ContainerRestartPolicy',
  'EphemeralContainer.imagePullPolicy': 'v1.PullPolicy',
  'EphemeralContainer.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'EphemeralContainer.restartPolicy': 'v1.ContainerRestartPolicy',
  'ContainerPort.protocol': 'v1.Protocol',
  'ResourceRequirements.limits': 'v1.ResourceList',
  'ResourceRequirements.requests': 'v1.ResourceList',
  'VolumeMount.mountPropagation': 'v1.MountPropagationMode',
  'VolumeMount.recursiveReadOnly': 'v1.RecursiveReadOnlyMode',
  'HTTPGetAction.scheme': 'v1.URIScheme',
  'Capabilities.add': '[]v1.Capability',
  'Capabilities.drop': '[]v1.Capability',
  'Toleration.operator': 'v1.TolerationOperator',
  'Toleration.effect': 'v1.TaintEffect',
  'SecurityContext.procMount': 'v1.ProcMountType',
  'SeccompProfile.type': 'v1.SeccompProfileType',
  'AppArmorProfile.type': 'v1.AppArmorProfileType',
  'HostPathVolumeSource.type': 'v1.HostPathType',
  'EmptyDirVolumeSource.medium': 'v1.StorageMedium',
  'PodOS.name': 'v1.OSName',
  'NodeSelectorRequirement.operator': 'v1.NodeSelectorOperator',
  'DeploymentStrategy.type': 'v1.DeploymentStrategyType',
  'StatefulSetUpdateStrategy.type': 'v1.StatefulSetUpdateStrategyType',
  'StatefulSetSpec.podManagementPolicy': 'v1.PodManagementPolicyType',
  'DaemonSetUpdateStrategy.type': 'v1.DaemonSetUpdateStrategyType',
  'CronJobSpec.concurrencyPolicy': 'v1.ConcurrencyPolicy',
  'JobSpec.completionMode': 'v1.CompletionMode',
  'JobSpec.podReplacementPolicy': 'v1.PodReplacementPolicy',
  'PodSecurityContext.fsGroupChangePolicy': 'v1.PodFSGroupChangePolicy',
  'PodSecurityContext.supplementalGroupsPolicy': 'v1.SupplementalGroupsPolicy',
  'TopologySpreadConstraint.whenUnsatisfiable': 'v1.UnsatisfiableConstraintAction',
  'TopologySpreadConstraint.nodeAffinityPolicy': 'v1.NodeInclusionPolicy',
  'TopologySpreadConstraint.nodeTaintsPolicy': 'v1.NodeInclusionPolicy',
  'LabelSelectorRequirement.operator': 'v1.LabelSelectorOperator',
  'Lifecycle.stopSignal': 'v1.Signal',
};

function shortName(def: string): string {
  return def.slice(def.lastIndexOf('.') + 1);
}

/** The Go package-qualified name Go's reflect prints: io.k8s.api.core.v1.Container → v1.Container. */
function goDefName(def: string): string {
  if (def === INT_OR_STRING) return 'intstr.IntOrString';
  if (def === QUANTITY) return 'resource.Quantity';
  const parts = def.split('.');
  const pkg = parts[parts.length - 2] ?? '';
  return `${pkg}.${shortName(def)}`;
}

function refName(ref: string): string {
  return ref.replace('#/definitions/', '');
}

// --- reachability -------------------------------------------------------------------------------
const reachable = new Set<string>();
function visit(s: SwaggerSchema | undefined): void {
  if (!s || typeof s !== 'object') return;
  if (s.$ref) {
    const name = refName(s.$ref);
    if (!reachable.has(name)) {
      reachable.add(name);
      visit(defs[name]);
    }
  }
  visit(s.items);
  if (s.properties) for (const p of Object.values(s.properties)) visit(p);
  if (typeof s.additionalProperties === 'object') visit(s.additionalProperties);
}
for (const d of Object.values(ROOTS)) visit({ $ref: `#/definitions/${d}` });

// --- strict JSON Schema ---------------------------------------------------------------------------
const INT32 = { minimum: -2147483648, maximum: 2147483647 };

/**
 * Every field accepts null: encoding/json leaves the Go value at its zero value for a JSON null,
 * so `resources:` (an empty YAML value) or `creationTimestamp: null` decode fine.
 */
function convert(s: SwaggerSchema, where: string): Json {
  if (s.$ref) return { $ref: `#/definitions/${refName(s.$ref)}` };
  if (s['x-kubernetes-preserve-unknown-fields'] === true && !s.properties) return true;
  switch (s.type) {
    case 'string':
      return { type: ['string', 'null'] };
    case 'boolean':
      return { type: ['boolean', 'null'] };
    case 'integer':
      return s.format === 'int32' ? { type: ['integer', 'null'], ...INT32 } : { type: ['integer', 'null'] };
    case 'number':
      return { type: ['number', 'null'] };
    case 'array':
      return { type: ['array', 'null'], items: s.items ? convert(s.items, `${where}[]`) : true };
    case 'object':
    case undefined: {
      if (s.properties) {
        const properties: Record<string, Json> = {};
        for (const [k, v] of Object.entries(s.properties)) properties[k] = convert(v, `${where}.${k}`);
        const out: Record<string, Json> = { type: ['object', 'null'], properties };
        if (s['x-kubernetes-preserve-unknown-fields'] !== true) out.additionalProperties = false;
        return out;
      }
      if (typeof s.additionalProperties === 'object') {
        return { type: ['object', 'null'], additionalProperties: convert(s.additionalProperties, `${where}{}`) };
      }
      // A declared free-form object (FieldsV1) or untyped value (RawExtension): anything goes.
      return s.type === 'object' ? { type: ['object', 'null'] } : true;
    }
    default:
      throw new Error(`unhandled type ${String(s.type)} at ${where}`);
  }
}

function convertDef(name: string): Json {
  if (name === INT_OR_STRING) return { type: ['string', 'integer', 'null'], ...INT32 };
  // Quantity.UnmarshalJSON (k8s.io/apimachinery/pkg/api/resource/quantity.go) strips the quotes,
  // TrimSpaces and calls ParseQuantity at decode time, so a malformed string is a decode error.
  if (name === QUANTITY) return { type: ['string', 'number', 'null'], pattern: QUANTITY_PATTERN };
  if (TIMES.has(name)) return { type: ['string', 'null'] };
  const d = defs[name];
  if (!d) throw new Error(`dangling $ref ${name}`);
  return convert(d, name);
}

const sortedDefs = [...reachable].sort();
const definitions: Record<string, Json> = {};
for (const name of sortedDefs) definitions[name] = convertDef(name);

// --- Go type table ------------------------------------------------------------------------------
/** A compact description of a Go type: ref, array, map or primitive. */
type GoType = string | { r: string } | { a: GoType } | { m: GoType };

function goTypeOf(s: SwaggerSchema): GoType {
  if (s.$ref) return { r: refName(s.$ref) };
  switch (s.type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'integer':
      return s.format === 'int32' ? 'int32' : 'int64';
    case 'number':
      return 'float64';
    case 'array':
      return { a: s.items ? goTypeOf(s.items) : 'interface {}' };
    default:
      if (typeof s.additionalProperties === 'object') return { m: goTypeOf(s.additionalProperties) };
      return 'interface {}';
  }
}

function goTypeString(t: GoType): string {
  if (typeof t === 'string') return t;
  if ('r' in t) return goDefName(t.r);
  if ('a' in t) return `[]${goTypeString(t.a)}`;
  return `map[string]${goTypeString(t.m)}`;
}

interface GoStruct {
  /** Go struct name as reflect prints it in UnmarshalTypeError.Struct (no package). */
  s: string;
  /** Go type name (package-qualified) used for `of type ...`. */
  g: string;
  /** property → [Go type string of the field, element/value type, nested definition if any]. */
  p?: Record<string, [string, string | 0, string | 0]>;
}

const goTypes: Record<string, GoStruct> = {};
for (const name of sortedDefs) {
  const d = defs[name] as SwaggerSchema;
  const entry: GoStruct = { s: shortName(name), g: goDefName(name) };
  if (d.properties && name !== INT_OR_STRING && name !== QUANTITY) {
    entry.p = {};
    for (const [k, v] of Object.entries(d.properties)) {
      const t = goTypeOf(v);
      let full = goTypeString(t);
      let elem: string | 0 = 0;
      let nested: string | 0 = 0;
      if (typeof t === 'object' && 'r' in t) nested = t.r;
      if (typeof t === 'object' && 'a' in t) {
        elem = goTypeString(t.a);
        if (typeof t.a === 'object' && 'r' in t.a) nested = t.a.r;
      }
      if (typeof t === 'object' && 'm' in t) {
        elem = goTypeString(t.m);
        if (typeof t.m === 'object' && 'r' in t.m) nested = t.m.r;
      }
      const named = GO_NAMED[`${shortName(name)}.${k}`];
      if (named) {
        full = named;
        if (named.startsWith('[]')) elem = named.slice(2);
      }
      entry.p[k] = [full, elem, nested];
    }
  }
  goTypes[name] = entry;
}

// Every GO_NAMED entry must name a real property, so a renamed field cannot go stale silently.
for (const key of Object.keys(GO_NAMED)) {
  const [struct, prop] = key.split('.') as [string, string];
  const hit = sortedDefs.some((d) => shortName(d) === struct && goTypes[d]?.p?.[prop] !== undefined);
  if (!hit) throw new Error(`GO_NAMED: ${key} is not a property of any reachable definition`);
}

// --- GVKs ---------------------------------------------------------------------------------------
const gvkSet = new Set<string>();
for (const [name, d] of Object.entries(defs)) {
  // meta/v1's DeleteOptions, WatchEvent, Status… carry a GVK for every group-version ever served
  // (removed ones included); they say nothing about which kinds exist.
  if (name.startsWith('io.k8s.apimachinery.pkg.apis.meta.v1.')) continue;
  for (const g of d['x-kubernetes-group-version-kind'] ?? []) {
    gvkSet.add(`${g.group === '' ? g.version : `${g.group}/${g.version}`} ${g.kind}`);
  }
}
const gvks = [...gvkSet].sort();

// --- write --------------------------------------------------------------------------------------
function write(rel: string, text: string): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  console.log(`wrote ${rel} (${text.length} bytes)`);
}

const SCHEMA_ID = 'https://podproof.dev/schema/kubernetes/v1.36/definitions.json';
const definitionsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCHEMA_ID,
  $comment: `Generated by scripts/gen-schema.ts from the Kubernetes ${KUBERNETES_VERSION} OpenAPI document (sha256 ${sha256}). Do not edit.`,
  definitions,
};
write('schema/kubernetes/definitions.json', `${JSON.stringify(definitionsSchema, null, 1)}\n`);
for (const [kind, def] of Object.entries(ROOTS)) {
  write(
    `schema/kubernetes/${kind.toLowerCase()}.json`,
    `${JSON.stringify(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `https://podproof.dev/schema/kubernetes/v1.36/${kind.toLowerCase()}.json`,
        title: `${kind} (strict, Kubernetes ${KUBERNETES_VERSION})`,
        $ref: `definitions.json#/definitions/${def}`,
      },
      null,
      1,
    )}\n`,
  );
}
write('schema/kubernetes/gvks.json', `${JSON.stringify(gvks, null, 1)}\n`);

// ajv standalone: one module, one export per kind; shared definitions become shared functions.
const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true, optimize: true }, allowUnionTypes: true, inlineRefs: false, messages: false });
ajv.addSchema(definitionsSchema);
const exportsMap: Record<string, string> = {};
for (const [kind, def] of Object.entries(ROOTS)) exportsMap[kind] = `${SCHEMA_ID}#/definitions/${def}`;
let code = standaloneCode(ajv, exportsMap);
if (/\brequire\(|^import /m.test(code)) throw new Error('standalone code needs a runtime import; keep keywords simple');
const HEADER = (what: string): string =>
  `// @ts-nocheck\n/* eslint-disable */\n// Generated by scripts/gen-schema.ts from the Kubernetes ${KUBERNETES_VERSION} OpenAPI document\n// (sha256 ${sha256}) — ${what}. Do not edit; regenerate.\n`;
code = code.replace(/^"use strict";/, '');
write('src/validate/generated/validators.ts', `${HEADER('ajv standalone validators, strict decoding')}${code}\n`);

write(
  'src/validate/generated/gotypes.ts',
  `${HEADER('Go type names for decode messages')}` +
    `/** A Go struct: name, package-qualified type, property → [field type, element type or 0, nested definition or 0]. */\n` +
    `export interface GoStruct { s: string; g: string; p?: Record<string, [string, string | 0, string | 0]> }\n` +
    `export const ROOT_DEFS: Record<string, string> = ${JSON.stringify(ROOTS)};\n` +
    `export const GO_TYPES: Record<string, GoStruct> = ${JSON.stringify(goTypes)};\n`,
);
write(
  'src/validate/generated/gvks.ts',
  `${HEADER('group/version kinds served')}export const KUBERNETES_VERSION: string = ${JSON.stringify(KUBERNETES_VERSION)};\nexport const SCHEMA_SHA256: string = ${JSON.stringify(sha256)};\nexport const GVKS: readonly string[] = ${JSON.stringify(gvks)};\n`,
);

console.log(`${reachable.size} definitions reachable from ${Object.keys(ROOTS).length} kinds; ${gvks.length} GVKs; source sha256 ${sha256}`);

/**
 * Workload-level validation on create, after the API server's defaulting:
 *
 * - core:  ValidatePodCreate (validatePodMetadataAndSpec + create-only checks), ValidatePodTemplate,
 *          ValidatePodTemplateSpec, ValidateReplicationController(Spec), ValidatePodTemplateSpecForRC
 *          (pkg/apis/core/validation/validation.go);
 * - apps:  ValidateDeployment(Spec), ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
 *          ValidateReplicaSet(Spec), ValidatePodTemplateSpecForReplicaSet, ValidateDaemonSet(Spec),
 *          ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSet(Spec),
 *          validateRollingUpdateStatefulSet, ValidatePodTemplateSpecForStatefulSet
 *          (pkg/apis/apps/validation/validation.go);
 * - batch: ValidateJob, validateGeneratedSelector, ValidateJobSpec, validateJobSpec,
 *          ValidateCronJobCreate, validateCronJobSpec, validateScheduleFormat (robfig/cron/v3
 *          ParseStandard), validateTimeZone, validateConcurrencyPolicy, ValidateJobTemplateSpec
 *          (pkg/apis/batch/validation/validation.go);
 * - label selectors: ValidateLabelSelector, ValidateLabelSelectorRequirement
 *          (apimachinery/pkg/apis/meta/v1/validation) and LabelSelectorAsSelector/Matches
 *          (apimachinery/pkg/apis/meta/v1/helpers.go, pkg/labels).
 *
 * Defaults applied first (pkg/apis/{core,apps,batch}/v1/defaults.go): template restartPolicy
 * Always; Deployment strategy RollingUpdate 25%/25%; DaemonSet updateStrategy RollingUpdate
 * maxUnavailable 1 / maxSurge 0; StatefulSet podManagementPolicy OrderedReady and updateStrategy
 * RollingUpdate; CronJob concurrencyPolicy Allow; RC selector/labels from the template's labels;
 * the Job strategy's generateSelector (pkg/registry/batch/job/strategy.go).
 */
import { OMIT, type FieldError } from '../model/field-error.js';
import type { FieldPath, PathSegment } from '../model/fieldpath.js';
import { GoRepr, goIntOrString, goLabelSelector, goStringMap, type LabelSelectorValue } from '../model/go-repr.js';
import { isRecord } from '../model/k8s.js';
import { validateAnnotations, validateLabelName, validateLabels, validateObjectMetaForKind } from './meta.js';
import { validatePodSpec } from './podspec.js';
import { validateAnnotationsMatchFields, validatePodSpecificAnnotations } from './podspec-annotations.js';
import { isDNS1123Label, isQualifiedName, isValidLabelValue, regexError, IS_NEGATIVE_ERROR_MSG } from './names.js';

type Obj = Record<string, unknown>;

/** validatePodSpec from podspec.ts (the pod spec engineer's module). */
export type PodSpecValidator = (spec: unknown, path: FieldPath, opts: { context: 'pod' | 'template'; podName?: string }) => FieldError[];

let podSpecValidator: PodSpecValidator = validatePodSpec;

/** Replace the pod spec validator (tests of the workload rules alone; the default is podspec.ts's). */
export function setPodSpecValidator(fn: PodSpecValidator): void {
  podSpecValidator = fn;
}

// ---- small helpers -------------------------------------------------------------------------

const p = (path: FieldPath, ...segs: PathSegment[]): FieldPath => [...path, ...segs];
const invalid = (path: FieldPath, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', path, badValue, detail });
const required = (path: FieldPath, detail = ''): FieldError =>
  detail ? { type: 'Required value', path, badValue: '', detail } : { type: 'Required value', path, badValue: '' };
const forbidden = (path: FieldPath, detail: string): FieldError => ({ type: 'Forbidden', path, badValue: '', detail });
const notSupported = (path: FieldPath, badValue: unknown, values: readonly string[]): FieldError => ({
  type: 'Unsupported value',
  path,
  badValue,
  detail: `supported values: ${values.map((v) => JSON.stringify(v)).join(', ')}`,
});

function obj(o: unknown, k: string): Obj | undefined {
  if (!isRecord(o)) return undefined;
  const v = o[k];
  return isRecord(v) ? v : undefined;
}
function str(o: Obj | undefined, k: string): string {
  const v = o?.[k];
  return typeof v === 'string' ? v : '';
}
function num(o: Obj | undefined, k: string): number | undefined {
  const v = o?.[k];
  return typeof v === 'number' ? v : undefined;
}
function has(o: Obj | undefined, k: string): boolean {
  return o !== undefined && o[k] !== undefined && o[k] !== null;
}
function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';
  return out;
}

/** apimachinery ValidateNonnegativeField. */
function nonNegative(value: number | undefined, path: FieldPath): FieldError[] {
  return value !== undefined && value < 0 ? [invalid(path, value, IS_NEGATIVE_ERROR_MSG)] : [];
}

// ---- label selectors -----------------------------------------------------------------------

/** A metav1.LabelSelector as labels.Selector: undefined = nil selector (labels.Nothing()). */
interface Selector {
  nil: boolean;
  matchLabels: Record<string, string>;
  expressions: { key: string; operator: string; values: string[] }[];
}

function toSelector(v: unknown): Selector {
  if (!isRecord(v)) return { nil: v === undefined || v === null, matchLabels: {}, expressions: [] };
  const expressions = Array.isArray(v.matchExpressions)
    ? v.matchExpressions.map((e) => {
        const r = isRecord(e) ? e : {};
        return {
          key: typeof r.key === 'string' ? r.key : '',
          operator: typeof r.operator === 'string' ? r.operator : '',
          values: Array.isArray(r.values) ? r.values.map((x) => (typeof x === 'string' ? x : String(x))) : [],
        };
      })
    : [];
  return { nil: false, matchLabels: stringMap(v.matchLabels), expressions };
}

function selectorEmpty(s: Selector): boolean {
  return Object.keys(s.matchLabels).length + s.expressions.length === 0;
}

/** metav1.LabelSelectorAsSelector: false when labels.NewRequirement would reject a term. */
function selectorConvertible(s: Selector): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) {
    if (isQualifiedName(k).length > 0 || isValidLabelValue(v).length > 0) return false;
  }
  for (const e of s.expressions) {
    if (isQualifiedName(e.key).length > 0) return false;
    switch (e.operator) {
      case 'In':
      case 'NotIn':
        if (e.values.length === 0) return false;
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (e.values.length > 0) return false;
        break;
      default:
        return false;
    }
    if (e.values.some((v) => isValidLabelValue(v).length > 0)) return false;
  }
  return true;
}

/** labels.Selector.Matches (nil selector = Nothing, empty = Everything). */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const s = toSelector(selector);
  if (s.nil) return false;
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.expressions) {
    const present = Object.prototype.hasOwnProperty.call(labels, e.key);
    const value = labels[e.key];
    switch (e.operator) {
      case 'In':
        if (!present || !e.values.includes(value as string)) return false;
        break;
      case 'NotIn':
        if (present && e.values.includes(value as string)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** v1validation.ValidateLabelSelector (AllowInvalidLabelValueInSelector: false). */
export function validateLabelSelector(selector: unknown, path: FieldPath): FieldError[] {
  if (!isRecord(selector)) return [];
  const out = validateLabels(selector.matchLabels, p(path, 'matchLabels'));
  const s = toSelector(selector);
  s.expressions.forEach((e, i) => {
    const ep = p(path, 'matchExpressions', i);
    switch (e.operator) {
      case 'In':
      case 'NotIn':
        if (e.values.length === 0) out.push(required(p(ep, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (e.values.length > 0) out.push(forbidden(p(ep, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        out.push(invalid(p(ep, 'operator'), e.operator, 'not a valid selector operator'));
    }
    out.push(...validateLabelName(e.key, p(ep, 'key')));
    e.values.forEach((v, j) => {
      for (const msg of isValidLabelValue(v)) out.push(invalid(p(ep, 'values', j), v, msg));
    });
  });
  return out;
}

const SELECTOR_MISMATCH = '`selector` does not match template `labels`';

// ---- bad values as the API server prints them (%#v for maps, selectors, IntOrString) ---------

/** A template's labels map (nil when the template has none). */
function labelsValue(template: Obj | undefined, labels: Record<string, string> = templateLabels(template)): GoRepr {
  const raw = obj(template, 'metadata')?.labels;
  return new GoRepr(goStringMap(isRecord(raw) ? labels : null), labels);
}

/** A *metav1.LabelSelector, dereferenced. */
function selectorValue(raw: unknown): GoRepr {
  const s = isRecord(raw) ? raw : {};
  const sel: LabelSelectorValue = {
    matchLabels: isRecord(s.matchLabels) ? stringMap(s.matchLabels) : null,
    matchExpressions: Array.isArray(s.matchExpressions) ? toSelector(s).expressions.map((e, i) => ({
      key: e.key,
      operator: e.operator,
      values: isRecord((s.matchExpressions as unknown[])[i]) && Array.isArray(((s.matchExpressions as unknown[])[i] as Obj).values) ? e.values : null,
    })) : null,
  };
  return new GoRepr(goLabelSelector(sel), raw);
}

/** An intstr.IntOrString value. */
function intOrStringValue(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'string' ? new GoRepr(goIntOrString(v), v) : v;
}

/** A pointer field inside a %#v struct: nil, or an address Go would print (unknowable). */
function goPtr(type: string, v: unknown): string {
  return v === undefined || v === null ? `(*${type})(nil)` : `(*${type})(0xc000000000)`;
}

// ---- pod templates --------------------------------------------------------------------------

function templateLabels(template: Obj | undefined): Record<string, string> {
  return stringMap(obj(template, 'metadata')?.labels);
}

/** The template's restartPolicy after SetDefaults_PodSpec (Always when unset). */
function templateRestartPolicy(template: Obj | undefined): string {
  return str(obj(template, 'spec'), 'restartPolicy') || 'Always';
}

/**
 * core ValidatePodTemplateSpec: labels and annotations of the template (at `<path>.labels`,
 * `<path>.annotations` — no `metadata` segment, as the Go code writes it), the pod spec, and no
 * ephemeral containers in templates.
 */
export function validatePodTemplateSpec(template: unknown, path: FieldPath): FieldError[] {
  const t = isRecord(template) ? template : {};
  const meta = obj(t, 'metadata');
  const spec = obj(t, 'spec');
  const out: FieldError[] = [];
  out.push(...validateLabels(meta?.labels, p(path, 'labels')));
  out.push(...validateAnnotations(meta?.annotations, p(path, 'annotations')));
  out.push(...validatePodSpecificAnnotations(meta?.annotations, spec ?? {}, p(path, 'annotations')));
  // validatePodSpec with context 'template' also forbids ephemeral containers in templates.
  out.push(...podSpecValidator(spec ?? {}, p(path, 'spec'), { context: 'template' }));
  // validateSeccompAnnotationsAndFields, validateAppArmorAnnotationsAndFieldsMatchOnCreate
  out.push(...validateAnnotationsMatchFields(meta?.annotations, spec ?? {}, p(path, 'spec')));
  return out;
}

/** The restart policy and activeDeadlineSeconds rules every apps/RC template shares. */
function alwaysRestartTemplate(template: Obj | undefined, path: FieldPath, ownerForMessage: string): FieldError[] {
  const out: FieldError[] = [];
  const rp = templateRestartPolicy(template);
  if (rp !== 'Always') out.push(notSupported(p(path, 'spec', 'restartPolicy'), rp, ['Always']));
  if (has(obj(template, 'spec'), 'activeDeadlineSeconds')) {
    out.push(forbidden(p(path, 'spec', 'activeDeadlineSeconds'), `activeDeadlineSeconds in ${ownerForMessage} is not Supported`));
  }
  return out;
}

// ---- Pod, PodTemplate ------------------------------------------------------------------------

/** ValidatePodCreate: metadata, the pod spec, and the create-only rules. */
export function validatePod(pod: unknown): FieldError[] {
  const o = isRecord(pod) ? pod : {};
  const spec = obj(o, 'spec');
  const annotations = obj(o, 'metadata')?.annotations;
  // validatePodMetadataAndSpec: ObjectMeta, pod-specific annotations, the spec, then the
  // annotation/field agreement checks.
  const out = validateObjectMetaForKind('Pod', o.metadata);
  out.push(...validatePodSpecificAnnotations(annotations, spec ?? {}, ['metadata', 'annotations']));
  // validatePodSpec with context 'pod' also makes ValidatePodCreate's create-only checks
  // (ephemeral containers, nodeName with scheduling gates).
  const podName = str(obj(o, 'metadata'), 'name');
  out.push(...podSpecValidator(spec ?? {}, ['spec'], podName ? { context: 'pod', podName } : { context: 'pod' }));
  out.push(...validateAnnotationsMatchFields(annotations, spec ?? {}, ['spec']));
  return out;
}

/** ValidatePodTemplate. */
export function validatePodTemplate(pt: unknown): FieldError[] {
  const o = isRecord(pt) ? pt : {};
  return [...validateObjectMetaForKind('PodTemplate', o.metadata), ...validatePodTemplateSpec(o.template, ['template'])];
}

// ---- ReplicationController -------------------------------------------------------------------

/** ValidateReplicationController after SetDefaults_ReplicationController (selector ← template labels). */
export function validateReplicationController(rc: unknown): FieldError[] {
  const o = isRecord(rc) ? rc : {};
  const spec = obj(o, 'spec');
  const path: FieldPath = ['spec'];
  const template = obj(spec, 'template');
  const tLabels = templateLabels(template);
  let selector = stringMap(spec?.selector);
  if (Object.keys(selector).length === 0 && template) selector = { ...tLabels };
  const out = validateObjectMetaForKind('ReplicationController', o.metadata);
  out.push(...nonNegative(num(spec, 'minReadySeconds'), p(path, 'minReadySeconds')));
  if (Object.keys(selector).length === 0) out.push(required(p(path, 'selector')));
  out.push(...nonNegative(num(spec, 'replicas'), p(path, 'replicas')));
  // ValidatePodTemplateSpecForRC
  const tp = p(path, 'template');
  if (!template) {
    out.push(required(tp));
    return out;
  }
  if (Object.keys(selector).length > 0 && !selectorMatches({ matchLabels: selector }, tLabels)) {
    out.push(invalid(p(tp, 'metadata', 'labels'), labelsValue(template, tLabels), SELECTOR_MISMATCH));
  }
  out.push(...validatePodTemplateSpec(template, tp));
  out.push(...alwaysRestartTemplate(template, tp, 'ReplicationController'));
  return out;
}

// ---- int-or-percent -------------------------------------------------------------------------

const PERCENT_RE = /^[0-9]+%$/;
const PERCENT_MSG = regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', '1%', '93%');

/** apps ValidatePositiveIntOrPercent. */
function validatePositiveIntOrPercent(v: unknown, path: FieldPath): FieldError[] {
  if (typeof v === 'string') return PERCENT_RE.test(v) ? [] : [invalid(path, intOrStringValue(v), PERCENT_MSG)];
  if (typeof v === 'number') return nonNegative(v, path);
  return [];
}

/** apps getIntOrPercentValue: a percent's number, an int, or IntValue() of a string (Atoi, 0 on error). */
function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    if (PERCENT_RE.test(v)) return Number(v.slice(0, -1));
    return /^[+-]?\d+$/.test(v) ? Number(v) : 0;
  }
  return 0;
}

/** apps IsNotMoreThan100Percent. */
function notMoreThan100Percent(v: unknown, path: FieldPath): FieldError[] {
  if (typeof v === 'string' && PERCENT_RE.test(v) && Number(v.slice(0, -1)) > 100) {
    return [invalid(path, intOrStringValue(v), 'must not be greater than 100%')];
  }
  return [];
}

// ---- Deployment, ReplicaSet ------------------------------------------------------------------

/** apps ValidatePodTemplateSpecForReplicaSet. */
function validateTemplateForReplicaSet(template: Obj | undefined, selector: unknown, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  // spec.template is a struct in apps.DeploymentSpec/ReplicaSetSpec: an absent one is empty, not nil.
  const s = toSelector(selector);
  // !selector.Empty(): a nil selector is labels.Nothing(), which is not Empty and matches nothing.
  if (s.nil || !selectorEmpty(s)) {
    const labels = templateLabels(template);
    if (!selectorMatches(selector, labels)) out.push(invalid(p(path, 'metadata', 'labels'), labelsValue(template, labels), SELECTOR_MISMATCH));
  }
  out.push(...validatePodTemplateSpec(template, path));
  out.push(...alwaysRestartTemplate(template, path, 'ReplicaSet'));
  return out;
}

/** Selector required, strictly valid, non-empty; then LabelSelectorAsSelector (Deployment, ReplicaSet). */
function validateAppsSelector(spec: Obj | undefined, path: FieldPath, emptyMessage: string): { errors: FieldError[]; ok: boolean } {
  const out: FieldError[] = [];
  const raw = spec?.selector;
  const s = toSelector(raw);
  if (s.nil) {
    out.push(required(p(path, 'selector')));
  } else {
    out.push(...validateLabelSelector(raw, p(path, 'selector')));
    if (selectorEmpty(s)) out.push(invalid(p(path, 'selector'), selectorValue(raw), emptyMessage));
  }
  return { errors: out, ok: s.nil || selectorConvertible(s) };
}

/** ValidateDeploymentStrategy after SetDefaults_Deployment. */
function validateDeploymentStrategy(strategy: Obj | undefined, path: FieldPath): FieldError[] {
  const type = str(strategy, 'type') || 'RollingUpdate';
  const rollingUpdate = obj(strategy, 'rollingUpdate');
  switch (type) {
    case 'Recreate':
      return has(strategy, 'rollingUpdate')
        ? [forbidden(p(path, 'rollingUpdate'), "may not be specified when strategy `type` is 'Recreate'")]
        : [];
    case 'RollingUpdate': {
      const ru = p(path, 'rollingUpdate');
      const maxUnavailable = has(rollingUpdate, 'maxUnavailable') ? rollingUpdate?.maxUnavailable : '25%';
      const maxSurge = has(rollingUpdate, 'maxSurge') ? rollingUpdate?.maxSurge : '25%';
      const out = [
        ...validatePositiveIntOrPercent(maxUnavailable, p(ru, 'maxUnavailable')),
        ...validatePositiveIntOrPercent(maxSurge, p(ru, 'maxSurge')),
      ];
      if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
        out.push(invalid(p(ru, 'maxUnavailable'), intOrStringValue(maxUnavailable), 'may not be 0 when `maxSurge` is 0'));
      }
      out.push(...notMoreThan100Percent(maxUnavailable, p(ru, 'maxUnavailable')));
      return out;
    }
    default:
      return [
        notSupported(
          path,
          new GoRepr(`apps.DeploymentStrategy{Type:${JSON.stringify(type)}, RollingUpdate:${goPtr('apps.RollingUpdateDeployment', strategy?.rollingUpdate)}}`, strategy ?? {}),
          ['Recreate', 'RollingUpdate'],
        ),
      ];
  }
}

/** ValidateDeployment. */
export function validateDeployment(d: unknown): FieldError[] {
  const o = isRecord(d) ? d : {};
  const spec = obj(o, 'spec');
  const path: FieldPath = ['spec'];
  const out = validateObjectMetaForKind('Deployment', o.metadata);
  out.push(...nonNegative(num(spec, 'replicas'), p(path, 'replicas')));
  const sel = validateAppsSelector(spec, path, 'empty selector is invalid for deployment');
  out.push(...sel.errors);
  if (!sel.ok) out.push(invalid(p(path, 'selector'), selectorValue(spec?.selector), 'invalid label selector'));
  else out.push(...validateTemplateForReplicaSet(obj(spec, 'template'), spec?.selector, p(path, 'template')));
  out.push(...validateDeploymentStrategy(obj(spec, 'strategy'), p(path, 'strategy')));
  const minReady = num(spec, 'minReadySeconds') ?? 0;
  out.push(...nonNegative(num(spec, 'minReadySeconds'), p(path, 'minReadySeconds')));
  out.push(...nonNegative(num(spec, 'revisionHistoryLimit'), p(path, 'revisionHistoryLimit')));
  // progressDeadlineSeconds defaults to 600 (SetDefaults_Deployment)
  const pds = num(spec, 'progressDeadlineSeconds') ?? 600;
  out.push(...nonNegative(num(spec, 'progressDeadlineSeconds'), p(path, 'progressDeadlineSeconds')));
  if (pds <= minReady) out.push(invalid(p(path, 'progressDeadlineSeconds'), pds, 'must be greater than minReadySeconds'));
  return out;
}

/** ValidateReplicaSet (its empty-selector message says "deployment" in the Go code too). */
export function validateReplicaSet(rs: unknown): FieldError[] {
  const o = isRecord(rs) ? rs : {};
  const spec = obj(o, 'spec');
  const path: FieldPath = ['spec'];
  const out = validateObjectMetaForKind('ReplicaSet', o.metadata);
  out.push(...nonNegative(num(spec, 'replicas'), p(path, 'replicas')));
  out.push(...nonNegative(num(spec, 'minReadySeconds'), p(path, 'minReadySeconds')));
  const sel = validateAppsSelector(spec, path, 'empty selector is invalid for deployment');
  out.push(...sel.errors);
  if (!sel.ok) out.push(invalid(p(path, 'selector'), selectorValue(spec?.selector), 'invalid label selector'));
  else out.push(...validateTemplateForReplicaSet(obj(spec, 'template'), spec?.selector, p(path, 'template')));
  return out;
}

// ---- DaemonSet -------------------------------------------------------------------------------

/** ValidateDaemonSetUpdateStrategy after SetDefaults_DaemonSet (RollingUpdate, maxUnavailable 1, maxSurge 0). */
function validateDaemonSetUpdateStrategy(strategy: Obj | undefined, path: FieldPath): FieldError[] {
  const type = str(strategy, 'type') || 'RollingUpdate';
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') {
    const v = new GoRepr(`apps.DaemonSetUpdateStrategy{Type:${JSON.stringify(type)}, RollingUpdate:${goPtr('apps.RollingUpdateDaemonSet', strategy?.rollingUpdate)}}`, strategy ?? {});
    return [notSupported(path, v, ['RollingUpdate', 'OnDelete'])];
  }
  const ru = obj(strategy, 'rollingUpdate');
  const rp = p(path, 'rollingUpdate');
  const maxUnavailable = has(ru, 'maxUnavailable') ? ru?.maxUnavailable : 1;
  const maxSurge = has(ru, 'maxSurge') ? ru?.maxSurge : 0;
  const out = [
    ...validatePositiveIntOrPercent(maxUnavailable, p(rp, 'maxUnavailable')),
    ...validatePositiveIntOrPercent(maxSurge, p(rp, 'maxSurge')),
    ...notMoreThan100Percent(maxUnavailable, p(rp, 'maxUnavailable')),
    ...notMoreThan100Percent(maxSurge, p(rp, 'maxSurge')),
  ];
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) out.push(invalid(p(rp, 'maxSurge'), intOrStringValue(maxSurge), 'may not be set when maxUnavailable is non-zero'));
  if (!hasUnavailable && !hasSurge) out.push(required(p(rp, 'maxUnavailable'), 'cannot be 0 when maxSurge is 0'));
  return out;
}

/** ValidateDaemonSet (no Required for a nil selector: the mismatch error is all the Go code gives). */
export function validateDaemonSet(ds: unknown): FieldError[] {
  const o = isRecord(ds) ? ds : {};
  const spec = obj(o, 'spec');
  const path: FieldPath = ['spec'];
  const template = obj(spec, 'template');
  const out = validateObjectMetaForKind('DaemonSet', o.metadata);
  out.push(...validateLabelSelector(spec?.selector, p(path, 'selector')));
  const s = toSelector(spec?.selector);
  const labels = templateLabels(template);
  if ((s.nil || selectorConvertible(s)) && !selectorMatches(spec?.selector, labels)) {
    out.push(invalid(p(path, 'template', 'metadata', 'labels'), labelsValue(template, labels), SELECTOR_MISMATCH));
  }
  if (!s.nil && selectorEmpty(s)) out.push(invalid(p(path, 'selector'), selectorValue(spec?.selector), 'empty selector is invalid for daemonset'));
  out.push(...validatePodTemplateSpec(template, p(path, 'template')));
  out.push(...alwaysRestartTemplate(template, p(path, 'template'), 'DaemonSet'));
  out.push(...nonNegative(num(spec, 'minReadySeconds'), p(path, 'minReadySeconds')));
  out.push(...nonNegative(num(spec, 'templateGeneration'), p(path, 'templateGeneration')));
  out.push(...validateDaemonSetUpdateStrategy(obj(spec, 'updateStrategy'), p(path, 'updateStrategy')));
  out.push(...nonNegative(num(spec, 'revisionHistoryLimit'), p(path, 'revisionHistoryLimit')));
  return out;
}

// ---- StatefulSet -----------------------------------------------------------------------------

/**
 * ValidateStatefulSet. The Go code does not validate the template's pod spec (a TODO in
 * ValidatePodTemplateSpecForStatefulSet), but the controller's pods are validated as Pods when it
 * creates them, so podproof checks the spec too, with the volumeClaimTemplates added as the
 * persistentVolumeClaim volumes the controller injects (stateful_set_utils.go updateStorage).
 */
export function validateStatefulSet(sts: unknown): FieldError[] {
  const o = isRecord(sts) ? sts : {};
  const spec = obj(o, 'spec');
  const path: FieldPath = ['spec'];
  const out = validateObjectMetaForKind('StatefulSet', o.metadata);
  const pmp = str(spec, 'podManagementPolicy') || 'OrderedReady';
  if (pmp !== 'OrderedReady' && pmp !== 'Parallel') {
    out.push(invalid(p(path, 'podManagementPolicy'), pmp, "must be 'OrderedReady' or 'Parallel'"));
  }
  const us = obj(spec, 'updateStrategy');
  const usType = str(us, 'type') || 'RollingUpdate';
  if (usType === 'OnDelete') {
    if (has(us, 'rollingUpdate')) {
      const ru = obj(us, 'rollingUpdate') ?? {};
      const v = new GoRepr(
        `apps.RollingUpdateStatefulSetStrategy{Partition:${num(ru, 'partition') ?? 0}, MaxUnavailable:${goPtr('intstr.IntOrString', ru.maxUnavailable)}}`,
        us?.rollingUpdate,
      );
      out.push(invalid(p(path, 'updateStrategy', 'rollingUpdate'), v, "only allowed for updateStrategy 'RollingUpdate'"));
    }
  } else if (usType === 'RollingUpdate') {
    const ru = obj(us, 'rollingUpdate');
    if (ru) {
      const rp = p(path, 'updateStrategy', 'rollingUpdate');
      out.push(...nonNegative(num(ru, 'partition'), p(rp, 'partition')));
      if (has(ru, 'maxUnavailable')) {
        out.push(...validatePositiveIntOrPercent(ru.maxUnavailable, p(rp, 'maxUnavailable')));
        if (intOrPercentValue(ru.maxUnavailable) === 0) out.push(invalid(p(rp, 'maxUnavailable'), intOrStringValue(ru.maxUnavailable), 'cannot be 0'));
        out.push(...notMoreThan100Percent(ru.maxUnavailable, p(rp, 'maxUnavailable')));
      }
    }
  } else {
    const v = new GoRepr(`apps.StatefulSetUpdateStrategy{Type:${JSON.stringify(usType)}, RollingUpdate:${goPtr('apps.RollingUpdateStatefulSetStrategy', us?.rollingUpdate)}}`, us);
    out.push(invalid(p(path, 'updateStrategy'), v, "must be 'RollingUpdate' or 'OnDelete'"));
  }
  const retention = obj(spec, 'persistentVolumeClaimRetentionPolicy');
  if (retention) {
    for (const k of ['whenDeleted', 'whenScaled']) {
      const v = str(retention, k) || 'Retain';
      if (v !== 'Retain' && v !== 'Delete') out.push(notSupported(p(path, 'persistentVolumeClaimRetentionPolicy', k), v, ['Retain', 'Delete']));
    }
  }
  out.push(...nonNegative(num(spec, 'replicas'), p(path, 'replicas')));
  out.push(...nonNegative(num(spec, 'minReadySeconds'), p(path, 'minReadySeconds')));
  out.push(...nonNegative(num(obj(spec, 'ordinals'), 'start'), p(path, 'ordinals.start')));
  const raw = spec?.selector;
  const s = toSelector(raw);
  if (s.nil) out.push(required(p(path, 'selector')));
  else {
    out.push(...validateLabelSelector(raw, p(path, 'selector')));
    if (selectorEmpty(s)) out.push(invalid(p(path, 'selector'), selectorValue(raw), 'empty selector is invalid for statefulset'));
  }
  const template = obj(spec, 'template');
  const tp = p(path, 'template');
  if (!s.nil && !selectorConvertible(s)) {
    out.push(invalid(p(path, 'selector'), selectorValue(raw), ''));
  } else {
    // spec.template is a struct, not a pointer, in the Go type: never nil, so never Required.
    const labels = templateLabels(template);
    if ((s.nil || !selectorEmpty(s)) && !selectorMatches(raw, labels)) out.push(invalid(p(tp, 'metadata', 'labels'), labelsValue(template, labels), SELECTOR_MISMATCH));
    const meta = obj(template, 'metadata');
    out.push(...validateLabels(meta?.labels, p(tp, 'labels')));
    out.push(...validateAnnotations(meta?.annotations, p(tp, 'annotations')));
    out.push(...validatePodSpecificAnnotations(meta?.annotations, obj(template, 'spec') ?? {}, p(tp, 'annotations')));
    out.push(...podSpecValidator(withClaimVolumes(obj(template, 'spec') ?? {}, spec?.volumeClaimTemplates), p(tp, 'spec'), { context: 'template' }));
  }
  if (templateRestartPolicy(template) !== 'Always') {
    out.push(notSupported(p(tp, 'spec', 'restartPolicy'), templateRestartPolicy(template), ['Always']));
  }
  if (has(obj(template, 'spec'), 'activeDeadlineSeconds')) {
    out.push(forbidden(p(tp, 'spec', 'activeDeadlineSeconds'), 'activeDeadlineSeconds in StatefulSet is not Supported'));
  }
  return out;
}

function withClaimVolumes(spec: Obj, claims: unknown): Obj {
  if (!Array.isArray(claims) || claims.length === 0) return spec;
  const volumes = Array.isArray(spec.volumes) ? [...(spec.volumes as unknown[])] : [];
  const names = new Set(volumes.map((v) => (isRecord(v) ? v.name : undefined)));
  for (const c of claims) {
    const name = str(obj(c, 'metadata'), 'name');
    if (name !== '' && !names.has(name)) volumes.push({ name, persistentVolumeClaim: { claimName: name } });
  }
  return { ...spec, volumes };
}

// ---- Job, CronJob ----------------------------------------------------------------------------

/** The placeholder for metadata.uid, which the API server assigns before validation. */
const GENERATED_UID = '00000000-0000-0000-0000-000000000000';

/** batch validateJobSpec (shared by Job and the CronJob's jobTemplate). */
function validateJobSpecCommon(spec: Obj | undefined, template: Obj | undefined, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  for (const k of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex']) {
    out.push(...nonNegative(num(spec, k), p(path, k)));
  }
  const completions = num(spec, 'completions');
  const parallelism = num(spec, 'parallelism');
  const maxFailedIndexes = num(spec, 'maxFailedIndexes');
  const backoffLimitPerIndex = num(spec, 'backoffLimitPerIndex');
  if (maxFailedIndexes !== undefined) {
    out.push(...nonNegative(maxFailedIndexes, p(path, 'maxFailedIndexes')));
    if (backoffLimitPerIndex === undefined) out.push(required(p(path, 'backoffLimitPerIndex'), 'when maxFailedIndexes is specified'));
  }
  const mode = has(spec, 'completionMode') ? str(spec, 'completionMode') : undefined;
  if (mode !== undefined) {
    if (mode !== 'NonIndexed' && mode !== 'Indexed') out.push(notSupported(p(path, 'completionMode'), mode, ['NonIndexed', 'Indexed']));
    if (mode === 'Indexed') {
      if (completions === undefined) out.push(required(p(path, 'completions'), 'when completion mode is Indexed'));
      if (parallelism !== undefined && parallelism > 100000) {
        out.push(invalid(p(path, 'parallelism'), parallelism, 'must be less than or equal to 100000 when completion mode is Indexed'));
      }
      if (completions !== undefined && maxFailedIndexes !== undefined && maxFailedIndexes > completions) {
        out.push(invalid(p(path, 'maxFailedIndexes'), maxFailedIndexes, 'must be less than or equal to completions'));
      }
      if (maxFailedIndexes !== undefined && maxFailedIndexes > 100000) {
        out.push(invalid(p(path, 'maxFailedIndexes'), maxFailedIndexes, 'must be less than or equal to 100000'));
      }
    }
  }
  if (mode === undefined || mode === 'NonIndexed') {
    if (backoffLimitPerIndex !== undefined) out.push(invalid(p(path, 'backoffLimitPerIndex'), backoffLimitPerIndex, 'requires indexed completion mode'));
    if (maxFailedIndexes !== undefined) out.push(invalid(p(path, 'maxFailedIndexes'), maxFailedIndexes, 'requires indexed completion mode'));
    if (has(spec, 'successPolicy')) out.push(invalid(p(path, 'successPolicy'), spec?.successPolicy, 'requires indexed completion mode'));
  }
  const hasPodFailurePolicy = has(spec, 'podFailurePolicy');
  if (hasPodFailurePolicy) out.push(...validatePodFailurePolicy(spec, template, p(path, 'podFailurePolicy')));
  if (mode === 'Indexed' && has(spec, 'successPolicy')) out.push(...validateSuccessPolicy(spec, completions, p(path, 'successPolicy')));
  if (has(spec, 'podReplacementPolicy')) {
    const prp = str(spec, 'podReplacementPolicy');
    if (hasPodFailurePolicy) {
      if (prp !== 'Failed') out.push(notSupported(p(path, 'podReplacementPolicy'), prp, ['Failed']));
    } else if (prp !== 'Failed' && prp !== 'TerminatingOrFailed') {
      out.push(notSupported(p(path, 'podReplacementPolicy'), prp, ['Failed', 'TerminatingOrFailed']));
    }
  }
  out.push(...validatePodTemplateSpec(template, p(path, 'template')));
  const rp = str(obj(template, 'spec'), 'restartPolicy');
  const rpPath = p(path, 'template', 'spec', 'restartPolicy');
  if (rp === 'Always' || rp === '') out.push(required(rpPath, 'valid values: "OnFailure", "Never"'));
  else if (rp !== 'OnFailure' && rp !== 'Never') out.push(notSupported(rpPath, rp, ['OnFailure', 'Never']));
  else if (hasPodFailurePolicy && rp !== 'Never') out.push(invalid(rpPath, rp, 'only "Never" is supported when podFailurePolicy is specified'));
  return out;
}

const tooMany = (path: FieldPath, actual: number, max: number): FieldError => ({
  type: 'Too many',
  path,
  badValue: actual,
  detail: `must have at most ${max} items`,
});

/** Go's %q of a []string: `["Count" "FailIndex"]`. */
const goQuotedList = (values: readonly string[]): string => `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;

const POD_FAILURE_ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const EXIT_CODE_OPERATORS = ['In', 'NotIn'];
const CONDITION_STATUSES = ['False', 'True', 'Unknown'];

/** batch validatePodFailurePolicy, validatePodFailurePolicyRule(OnExitCodes|OnPodConditions). */
function validatePodFailurePolicy(spec: Obj | undefined, template: Obj | undefined, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const policy = obj(spec, 'podFailurePolicy');
  const rules = Array.isArray(policy?.rules) ? policy.rules : [];
  const rulesPath = p(path, 'rules');
  if (rules.length > 20) out.push(tooMany(rulesPath, rules.length, 20));
  const tspec = obj(template, 'spec');
  const containerNames = new Set<string>();
  for (const k of ['containers', 'initContainers']) {
    const list = tspec?.[k];
    if (Array.isArray(list)) for (const c of list) containerNames.add(str(isRecord(c) ? c : undefined, 'name'));
  }
  rules.forEach((r, i) => {
    const rule = isRecord(r) ? r : {};
    const rulePath = p(rulesPath, i);
    const actionPath = p(rulePath, 'action');
    const action = str(rule, 'action');
    if (action === '') out.push(required(actionPath, `valid values: ${goQuotedList(POD_FAILURE_ACTIONS)}`));
    else if (action === 'FailIndex') {
      if (!has(spec, 'backoffLimitPerIndex')) out.push(invalid(actionPath, action, 'requires the backoffLimitPerIndex to be set'));
    } else if (!POD_FAILURE_ACTIONS.includes(action)) out.push(notSupported(actionPath, action, POD_FAILURE_ACTIONS));
    const onExit = has(rule, 'onExitCodes') ? (obj(rule, 'onExitCodes') ?? {}) : undefined;
    const onPod = Array.isArray(rule.onPodConditions) ? rule.onPodConditions : [];
    if (onExit) {
      const ep = p(rulePath, 'onExitCodes');
      const op = str(onExit, 'operator');
      if (op === '') out.push(required(p(ep, 'operator'), `valid values: ${goQuotedList(EXIT_CODE_OPERATORS)}`));
      else if (!EXIT_CODE_OPERATORS.includes(op)) out.push(notSupported(p(ep, 'operator'), op, EXIT_CODE_OPERATORS));
      if (has(onExit, 'containerName') && !containerNames.has(str(onExit, 'containerName'))) {
        out.push(invalid(p(ep, 'containerName'), str(onExit, 'containerName'), 'must be one of the container or initContainer names in the pod template'));
      }
      const values = Array.isArray(onExit.values) ? onExit.values.filter((x): x is number => typeof x === 'number') : [];
      const vp = p(ep, 'values');
      const goValues = new GoRepr(Array.isArray(onExit.values) ? `[]int32{${values.join(', ')}}` : '[]int32(nil)', values);
      if (values.length === 0) out.push(invalid(vp, goValues, 'at least one value is required'));
      else if (values.length > 255) out.push(tooMany(vp, values.length, 255));
      const seen = new Set<number>();
      let ordered = true;
      values.forEach((v, j) => {
        if (op === 'In' && v === 0) out.push(invalid(p(vp, j), v, 'must not be 0 for the In operator'));
        if (seen.has(v)) out.push({ type: 'Duplicate value', path: p(vp, j), badValue: v });
        else seen.add(v);
        if (j > 0 && (values[j - 1] as number) > v) ordered = false;
      });
      if (!ordered) out.push(invalid(vp, goValues, 'must be ordered'));
    }
    if (onPod.length > 0) {
      const cp = p(rulePath, 'onPodConditions');
      if (onPod.length > 20) out.push(tooMany(cp, onPod.length, 20));
      onPod.forEach((c, j) => {
        const pattern = isRecord(c) ? c : {};
        const type = str(pattern, 'type');
        for (const msg of isQualifiedName(type)) out.push(invalid(p(cp, j, 'type'), type, msg));
        // SetDefaults_Job defaults an empty status to True
        const status = str(pattern, 'status') || 'True';
        if (!CONDITION_STATUSES.includes(status)) out.push(notSupported(p(cp, j, 'status'), status, CONDITION_STATUSES));
      });
    }
    if (onExit && onPod.length > 0) out.push(invalid(rulePath, OMIT, 'specifying both OnExitCodes and OnPodConditions is not supported'));
    if (!onExit && onPod.length === 0) out.push(invalid(rulePath, OMIT, 'specifying one of OnExitCodes and OnPodConditions is required'));
  });
  return out;
}

/** batch parseIndexInterval / validateIndexesFormat: the number of indexes, or the error text. */
function indexesFormat(text: string, completions: number): number | string {
  if (text === '') return 0;
  const atoi = (v: string): number | undefined => (/^[+-]?\d+$/.test(v) ? Number(v) : undefined);
  let last: number | undefined;
  let total = 0;
  for (const interval of text.split(',')) {
    const limits = interval.split('-');
    if (limits.length > 2) return `the fragment ${JSON.stringify(interval)} violates the requirement that an index interval can have at most two parts separated by '-'`;
    const x = atoi(limits[0] as string);
    if (x === undefined) return `cannot convert string to integer for index: ${JSON.stringify(limits[0])}`;
    if (x >= completions) return `too large index: ${JSON.stringify(limits[0])}`;
    let y = x;
    if (limits.length > 1) {
      const yy = atoi(limits[1] as string);
      if (yy === undefined) return `cannot convert string to integer for index: ${JSON.stringify(limits[1])}`;
      if (yy >= completions) return `too large index: ${JSON.stringify(limits[1])}`;
      if (x >= yy) return `non-increasing order, previous: ${x}, current: ${yy}`;
      y = yy;
    }
    if (last !== undefined && last >= x) return `non-increasing order, previous: ${last}, current: ${x}`;
    total += y - x + 1;
    last = y;
  }
  return total;
}

/** batch validateSuccessPolicy / validateSuccessPolicyRule (Indexed jobs). */
function validateSuccessPolicy(spec: Obj | undefined, completions: number | undefined, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const rules = Array.isArray(obj(spec, 'successPolicy')?.rules) ? (obj(spec, 'successPolicy')?.rules as unknown[]) : [];
  const rulesPath = p(path, 'rules');
  if (rules.length === 0) out.push(required(rulesPath, 'at least one rules must be specified when the successPolicy is specified'));
  if (rules.length > 20) out.push(tooMany(rulesPath, rules.length, 20));
  const c = completions ?? 0;
  rules.forEach((r, i) => {
    const rule = isRecord(r) ? r : {};
    const rp = p(rulesPath, i);
    const count = num(rule, 'succeededCount');
    const indexes = typeof rule.succeededIndexes === 'string' ? rule.succeededIndexes : undefined;
    if (count === undefined && indexes === undefined) out.push(required(rp, 'at least one of succeededCount or succeededIndexes must be specified'));
    let total = 0;
    if (indexes !== undefined) {
      if (indexes.length > 64 * 1024) out.push({ type: 'Too long', path: p(rp, 'succeededIndexes'), badValue: indexes, detail: `must have at most ${64 * 1024} bytes` });
      const parsed = indexesFormat(indexes, c);
      if (typeof parsed === 'string') out.push(invalid(p(rp, 'succeededIndexes'), indexes, `error parsing succeededIndexes: ${parsed}`));
      else total = parsed;
    }
    if (count !== undefined) {
      const cp = p(rp, 'succeededCount');
      out.push(...nonNegative(count, cp));
      if (count > c) out.push(invalid(cp, count, `must be less than or equal to ${c} (the number of specified completions)`));
      if (indexes !== undefined && count > total) {
        out.push(invalid(cp, count, `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`));
      }
    }
  });
  return out;
}

const LEGACY_JOB_NAME = 'job-name';
const JOB_NAME = 'batch.kubernetes.io/job-name';
const LEGACY_CONTROLLER_UID = 'controller-uid';
const CONTROLLER_UID = 'batch.kubernetes.io/controller-uid';

/** ValidateJob, after the job strategy's generateSelector when manualSelector is not true. */
export function validateJob(job: unknown): FieldError[] {
  const o = isRecord(job) ? job : {};
  const spec = obj(o, 'spec');
  const name = str(obj(o, 'metadata'), 'name');
  const path: FieldPath = ['spec'];
  let template = obj(spec, 'template');
  let selector: unknown = spec?.selector;
  const manual = spec?.manualSelector === true;
  const userLabels = templateLabels(template);
  if (!manual) {
    // generateSelector: add the job-name and controller-uid labels the user did not set, and
    // controller-uid to the selector's matchLabels.
    const labels = { ...userLabels };
    for (const k of [LEGACY_JOB_NAME, JOB_NAME]) if (!(k in labels)) labels[k] = name;
    for (const k of [LEGACY_CONTROLLER_UID, CONTROLLER_UID]) if (!(k in labels)) labels[k] = GENERATED_UID;
    template = { ...(template ?? {}), metadata: { ...(obj(template, 'metadata') ?? {}), labels } };
    const sel = isRecord(selector) ? selector : {};
    const matchLabels = stringMap(sel.matchLabels);
    if (!(CONTROLLER_UID in matchLabels)) matchLabels[CONTROLLER_UID] = GENERATED_UID;
    selector = { ...sel, matchLabels };
  }
  // SetDefaults_Job: a job with neither completions nor parallelism runs one pod to completion.
  const defaulted: Obj = { ...(spec ?? {}) };
  if (!has(spec, 'completions') && !has(spec, 'parallelism')) {
    defaulted.completions = 1;
    defaulted.parallelism = 1;
  }
  const out = validateObjectMetaForKind('Job', o.metadata);
  if (!manual) {
    // validateGeneratedSelector (the uid is generated, so only the job-name labels can be wrong)
    const tm: FieldPath = ['spec', 'template', 'metadata'];
    for (const k of [LEGACY_JOB_NAME, JOB_NAME]) {
      if (k in userLabels && userLabels[k] !== name) {
        out.push(invalid(p(tm, 'labels', { key: k }), new GoRepr(goStringMap(templateLabels(template)), templateLabels(template)), `must be '${name}'`));
      }
    }
    const expected = { [CONTROLLER_UID]: GENERATED_UID, [JOB_NAME]: name, [LEGACY_CONTROLLER_UID]: GENERATED_UID, [LEGACY_JOB_NAME]: name };
    if (selectorConvertible(toSelector(selector)) && !selectorMatches(selector, expected)) {
      out.push(invalid(['spec', 'selector'], selectorValue(selector), '`selector` not auto-generated'));
    }
  }
  out.push(...validateJobSpecCommon(defaulted, template, path));
  const s = toSelector(selector);
  if (s.nil) out.push(required(p(path, 'selector')));
  else out.push(...validateLabelSelector(selector, p(path, 'selector')));
  if ((s.nil || selectorConvertible(s)) && !selectorMatches(selector, templateLabels(template))) {
    out.push(invalid(p(path, 'template', 'metadata', 'labels'), labelsValue(template), SELECTOR_MISMATCH));
  }
  const completions = num(defaulted, 'completions');
  if (str(spec, 'completionMode') === 'Indexed' && completions !== undefined && completions > 0) {
    const host = `${name}-${completions - 1}`;
    if (isDNS1123Label(host).length > 0) {
      out.push(invalid(['metadata', 'name'], name, `will not able to create pod with invalid DNS label: ${host}`));
    }
  }
  return out;
}

/** ValidateCronJobCreate. */
export function validateCronJob(cj: unknown): FieldError[] {
  const o = isRecord(cj) ? cj : {};
  const spec = obj(o, 'spec');
  const path: FieldPath = ['spec'];
  const out = validateObjectMetaForKind('CronJob', o.metadata);
  const schedule = str(spec, 'schedule');
  const timeZone = has(spec, 'timeZone') ? str(spec, 'timeZone') : undefined;
  if (schedule === '') out.push(required(p(path, 'schedule')));
  else {
    const err = parseStandardCron(schedule);
    if (err !== undefined) out.push(invalid(p(path, 'schedule'), schedule, err));
    if (schedule.includes('TZ')) out.push(invalid(p(path, 'schedule'), schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  out.push(...nonNegative(num(spec, 'startingDeadlineSeconds'), p(path, 'startingDeadlineSeconds')));
  if (timeZone !== undefined) out.push(...validateTimeZone(timeZone, p(path, 'timeZone')));
  // validateConcurrencyPolicy after SetDefaults_CronJob (Allow)
  const cp = str(spec, 'concurrencyPolicy') || 'Allow';
  if (cp !== 'Allow' && cp !== 'Forbid' && cp !== 'Replace') out.push(notSupported(p(path, 'concurrencyPolicy'), cp, ['Allow', 'Forbid', 'Replace']));
  // ValidateJobTemplateSpec
  const jt = obj(spec, 'jobTemplate');
  const jobSpec = obj(jt, 'spec');
  const jp = p(path, 'jobTemplate', 'spec');
  out.push(...validateJobSpecCommon(jobSpec, obj(jobSpec, 'template'), jp));
  if (has(jobSpec, 'selector')) out.push(invalid(p(jp, 'selector'), selectorValue(jobSpec?.selector), '`selector` will be auto-generated'));
  if (jobSpec?.manualSelector === true) out.push(notSupported(p(jp, 'manualSelector'), true, ['nil', 'false']));
  out.push(...nonNegative(num(spec, 'successfulJobsHistoryLimit'), p(path, 'successfulJobsHistoryLimit')));
  out.push(...nonNegative(num(spec, 'failedJobsHistoryLimit'), p(path, 'failedJobsHistoryLimit')));
  const name = str(obj(o, 'metadata'), 'name');
  if (name.length > 52) out.push(invalid(['metadata', 'name'], name, 'must be no more than 52 characters'));
  return out;
}

// ---- CronJob schedule and time zone ---------------------------------------------------------

const VALID_TZ_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** batch validateTimeZone; time.LoadLocation is approximated with the ICU time zone database. */
export function validateTimeZone(tz: string, path: FieldPath): FieldError[] {
  if (tz === '') return [invalid(path, tz, 'timeZone must be nil or non-empty string')];
  for (const part of tz.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !VALID_TZ_PART.test(part)) {
      return [invalid(path, tz, `unknown time zone ${tz}`)];
    }
  }
  const out: FieldError[] = [];
  if (tz.toLowerCase() === 'local') {
    out.push(invalid(path, tz, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  }
  if (!knownTimeZone(tz)) out.push(invalid(path, tz, `unknown time zone ${tz}`));
  return out;
}

function knownTimeZone(tz: string): boolean {
  if (tz === 'UTC' || tz === 'Local') return true; // time.LoadLocation special-cases both
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DOWS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELD_BOUNDS: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DOWS },
];

class CronError extends Error {}

/** strconv.Atoi's error text. */
function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new CronError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new CronError(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  return n;
}

/** cron/v3 mustParseInt. */
function mustParseInt(expr: string): number {
  let n: number;
  try {
    n = atoi(expr);
  } catch (e) {
    throw new CronError(`failed to parse int from ${expr}: ${(e as Error).message}`);
  }
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

/** cron/v3 parseIntOrName. */
function parseIntOrName(expr: string, names: Record<string, number> | undefined): number {
  const named = names?.[expr.toLowerCase()];
  return named !== undefined ? named : mustParseInt(expr);
}

/** cron/v3 getRange. */
function getRange(expr: string, r: Bounds): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = (rangeAndStep[0] as string).split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
  } else {
    start = parseIntOrName(lowAndHigh[0] as string, r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1] as string, r.names);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1] as string);
    if (singleDigit) end = r.max;
  } else if (rangeAndStep.length > 2) {
    throw new CronError(`too many slashes: ${expr}`);
  }
  if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
}

/** Go's time.ParseDuration, accepting what it accepts (enough for `@every`). */
function goDurationValid(s: string): boolean {
  if (s === '0') return true;
  return /^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(s);
}

/**
 * robfig/cron/v3 ParseStandard (Minute | Hour | Dom | Month | Dow | Descriptor): undefined when
 * valid, else the parser's error text.
 */
export function parseStandardCron(spec: string): string | undefined {
  try {
    if (spec.length === 0) throw new CronError('empty spec string');
    let rest = spec;
    if (rest.startsWith('TZ=') || rest.startsWith('CRON_TZ=')) {
      const i = rest.indexOf(' ');
      const eq = rest.indexOf('=');
      const loc = i < 0 ? rest.slice(eq + 1) : rest.slice(eq + 1, i);
      if (!knownTimeZone(loc)) throw new CronError(`provided bad location ${loc}: unknown time zone ${loc}`);
      rest = i < 0 ? '' : rest.slice(i).trim();
    }
    if (rest.startsWith('@')) {
      if (['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'].includes(rest)) return undefined;
      if (rest.startsWith('@every ')) {
        const d = rest.slice('@every '.length);
        if (!goDurationValid(d)) throw new CronError(`failed to parse duration ${rest}: time: invalid duration ${JSON.stringify(d)}`);
        return undefined;
      }
      throw new CronError(`unrecognized descriptor: ${rest}`);
    }
    const fields = rest.split(/\s+/).filter((f) => f !== '');
    if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
    fields.forEach((f, i) => {
      for (const part of f.split(',')) getRange(part, FIELD_BOUNDS[i] as Bounds);
    });
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}

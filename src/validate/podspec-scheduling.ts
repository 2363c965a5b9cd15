/**
 * Scheduling fields: kubernetes pkg/apis/core/validation/validation.go validateAffinity,
 * validateNodeAffinity, ValidateNodeSelector, ValidateNodeSelectorTerm,
 * ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement,
 * ValidatePreferredSchedulingTerms, validatePodAffinity, validatePodAntiAffinity,
 * validatePodAffinityTerm(s), validateWeightedPodAffinityTerms, ValidatePodAffinityTermSelector,
 * validateMatchLabelKeysAndMismatchLabelKeys, ValidateTolerations, validateTaintEffect,
 * validateTopologySpreadConstraints (+ ValidateMaxSkew, ValidateTopologyKey,
 * ValidateWhenUnsatisfiable, ValidateSpreadConstraintNotRepeat, validateMinDomains,
 * validateNodeInclusionPolicy, validateMatchLabelKeysInTopologySpread), validateReadinessGates,
 * validateSchedulingGates; and apimachinery meta/v1/validation ValidateLabels, ValidateLabelName,
 * ValidateLabelSelector, ValidateLabelSelectorRequirement.
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { isQualifiedName, isValidLabelValue, nameIsDNSLabel, nameIsDNSSubdomain } from './names.js';
import {
  child,
  duplicate,
  forbidden,
  has,
  int,
  invalid,
  list,
  notSupported,
  obj,
  objList,
  optInt,
  optStr,
  required,
  sortedList,
  str,
  strList,
  strMap,
  type Obj,
} from './podspec-common.js';

/** ValidateLabelName. */
export function validateLabelName(name: string, fldPath: FieldPath): FieldError[] {
  return isQualifiedName(name).map((msg) => invalid(fldPath, name, msg));
}

/** ValidateLabels: errors are reported at the map's path (Go does not add the key). */
export function validateLabels(labels: [string, string][], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of labels) {
    errs.push(...validateLabelName(k, fldPath));
    for (const msg of isValidLabelValue(v)) errs.push(invalid(fldPath, v, msg));
  }
  return errs;
}

/** ValidateLabelSelector (AllowInvalidLabelValueInSelector = false unless told). */
export function validateLabelSelector(sel: Obj | undefined, fldPath: FieldPath, allowInvalidLabelValue = false): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(strMap(sel, 'matchLabels'), child(fldPath, 'matchLabels'));
  objList(sel, 'matchExpressions').forEach((expr, i) => {
    const p = child(fldPath, 'matchExpressions', i);
    const op = str(expr, 'operator');
    const values = list(expr, 'values');
    switch (op) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.push(required(child(p, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.push(forbidden(child(p, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      case undefined:
        break;
      default:
        errs.push(invalid(child(p, 'operator'), op, 'not a valid selector operator'));
    }
    const k = str(expr, 'key');
    if (k !== undefined) errs.push(...validateLabelName(k, child(p, 'key')));
    if (!allowInvalidLabelValue) {
      values.forEach((v, vi) => {
        if (typeof v === 'string') for (const msg of isValidLabelValue(v)) errs.push(invalid(child(p, 'values', vi), v, msg));
      });
    }
  });
  return errs;
}

/** ValidateNodeSelectorRequirement. */
function validateNodeSelectorRequirement(rq: Obj, allowInvalidLabelValue: boolean, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const values = list(rq, 'values');
  const op = str(rq, 'operator');
  switch (op) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(required(child(fldPath, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(forbidden(child(fldPath, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case 'Gt':
    case 'Lt':
      if (values.length !== 1) errs.push(required(child(fldPath, 'values'), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    case undefined:
      break;
    default:
      errs.push(invalid(child(fldPath, 'operator'), op, 'not a valid selector operator'));
  }
  const k = str(rq, 'key');
  if (k !== undefined) errs.push(...validateLabelName(k, child(fldPath, 'key')));
  if (!allowInvalidLabelValue) {
    values.forEach((v, i) => {
      if (typeof v === 'string') for (const msg of isValidLabelValue(v)) errs.push(invalid(child(fldPath, 'values', i), v, msg));
    });
  }
  return errs;
}

/** ValidateNodeFieldSelectorRequirement (only metadata.name is a valid node field). */
function validateNodeFieldSelectorRequirement(req: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const op = str(req, 'operator');
  const values = list(req, 'values');
  if (op === 'In' || op === 'NotIn') {
    if (values.length !== 1) {
      errs.push(required(child(fldPath, 'values'), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
    }
  } else if (op !== undefined) {
    errs.push(invalid(child(fldPath, 'operator'), op, 'not a valid selector operator'));
  }
  const k = str(req, 'key');
  if (k !== 'metadata.name') {
    if (k !== undefined) errs.push(invalid(child(fldPath, 'key'), k, 'not a valid field selector key'));
  } else {
    values.forEach((v, i) => {
      if (typeof v === 'string') for (const msg of nameIsDNSSubdomain(v)) errs.push(invalid(child(fldPath, 'values', i), v, msg));
    });
  }
  return errs;
}

/** ValidateNodeSelectorTerm. */
function validateNodeSelectorTerm(term: Obj, allowInvalidLabelValue: boolean, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  objList(term, 'matchExpressions').forEach((r, j) => errs.push(...validateNodeSelectorRequirement(r, allowInvalidLabelValue, child(fldPath, 'matchExpressions', j))));
  objList(term, 'matchFields').forEach((r, j) => errs.push(...validateNodeFieldSelectorRequirement(r, child(fldPath, 'matchFields', j))));
  return errs;
}

/** validateNodeAffinity. */
function validateNodeAffinity(na: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const req = obj(na, 'requiredDuringSchedulingIgnoredDuringExecution');
  if (req) {
    const termPath = child(fldPath, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms');
    const terms = objList(req, 'nodeSelectorTerms');
    if (terms.length === 0) errs.push(required(termPath, 'must have at least one node selector term'));
    else terms.forEach((t, i) => errs.push(...validateNodeSelectorTerm(t, false, child(termPath, i))));
  }
  const preferred = objList(na, 'preferredDuringSchedulingIgnoredDuringExecution');
  const prefPath = child(fldPath, 'preferredDuringSchedulingIgnoredDuringExecution');
  preferred.forEach((term, i) => {
    const w = int(term, 'weight');
    if (w !== undefined && (w <= 0 || w > 100)) errs.push(invalid(child(prefPath, i, 'weight'), w, 'must be in the range 1-100'));
    // preferred terms always allow invalid label values
    errs.push(...validateNodeSelectorTerm(obj(term, 'preference') ?? {}, true, child(prefPath, i, 'preference')));
  });
  return errs;
}

/** validateLabelKeys (matchLabelKeys / mismatchLabelKeys of a pod affinity term). */
function validateLabelKeys(fldPath: FieldPath, keys: string[], selector: Obj | undefined): FieldError[] {
  if (keys.length === 0) return [];
  if (!selector) return [forbidden(fldPath, 'must not be specified when labelSelector is not set')];
  const errs: FieldError[] = [];
  keys.forEach((k, i) => errs.push(...validateLabelName(k, child(fldPath, i))));
  return errs;
}

/** validatePodAffinityTerm. */
function validatePodAffinityTerm(term: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const selector = obj(term, 'labelSelector');
  errs.push(...validateLabelSelector(selector, child(fldPath, 'labelSelector')));
  errs.push(...validateLabelSelector(obj(term, 'namespaceSelector'), child(fldPath, 'namespaceSelector')));
  for (const ns of strList(term, 'namespaces')) {
    for (const msg of nameIsDNSLabel(ns)) errs.push(invalid(child(fldPath, 'namespace'), ns, msg));
  }
  const matchKeys = strList(term, 'matchLabelKeys');
  const mismatchKeys = strList(term, 'mismatchLabelKeys');
  errs.push(...validateLabelKeys(child(fldPath, 'matchLabelKeys'), matchKeys, selector));
  errs.push(...validateLabelKeys(child(fldPath, 'mismatchLabelKeys'), mismatchKeys, selector));
  const mismatch = new Set(mismatchKeys);
  matchKeys.forEach((k, i) => {
    if (mismatch.has(k)) errs.push(invalid(child(fldPath, 'matchLabelKeys', i), k, 'exists in both matchLabelKeys and mismatchLabelKeys'));
  });
  const tk = str(term, 'topologyKey');
  if (tk === '') errs.push(required(child(fldPath, 'topologyKey'), 'can not be empty'));
  if (tk !== undefined) errs.push(...validateLabelName(tk, child(fldPath, 'topologyKey')));
  return errs;
}

function validatePodAffinityLike(pa: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const reqPath = child(fldPath, 'requiredDuringSchedulingIgnoredDuringExecution');
  objList(pa, 'requiredDuringSchedulingIgnoredDuringExecution').forEach((t, i) => errs.push(...validatePodAffinityTerm(t, child(reqPath, i))));
  const prefPath = child(fldPath, 'preferredDuringSchedulingIgnoredDuringExecution');
  objList(pa, 'preferredDuringSchedulingIgnoredDuringExecution').forEach((wt, j) => {
    const w = int(wt, 'weight');
    if (w !== undefined && (w <= 0 || w > 100)) errs.push(invalid(child(prefPath, j, 'weight'), w, 'must be in the range 1-100'));
    errs.push(...validatePodAffinityTerm(obj(wt, 'podAffinityTerm') ?? {}, child(prefPath, j, 'podAffinityTerm')));
  });
  return errs;
}

/** validateAffinity. */
export function validateAffinity(affinity: Obj | undefined, fldPath: FieldPath): FieldError[] {
  if (!affinity) return [];
  const errs: FieldError[] = [];
  const na = obj(affinity, 'nodeAffinity');
  if (na) errs.push(...validateNodeAffinity(na, child(fldPath, 'nodeAffinity')));
  const pa = obj(affinity, 'podAffinity');
  if (pa) errs.push(...validatePodAffinityLike(pa, child(fldPath, 'podAffinity')));
  const paa = obj(affinity, 'podAntiAffinity');
  if (paa) errs.push(...validatePodAffinityLike(paa, child(fldPath, 'podAntiAffinity')));
  return errs;
}

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** ValidateTolerations. */
export function validateTolerations(tolerations: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  tolerations.forEach((t, i) => {
    const idxPath = child(fldPath, i);
    const k = str(t, 'key') ?? '';
    const op = str(t, 'operator') ?? '';
    const value = str(t, 'value') ?? '';
    const effect = str(t, 'effect') ?? '';
    if (k.length > 0) errs.push(...validateLabelName(k, child(idxPath, 'key')));
    if (k.length === 0 && op !== 'Exists') {
      errs.push(invalid(child(idxPath, 'operator'), op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (has(t, 'tolerationSeconds') && effect !== 'NoExecute') {
      errs.push(invalid(child(idxPath, 'effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    switch (op) {
      case 'Equal':
      case '': {
        const msgs = isValidLabelValue(value);
        if (msgs.length !== 0) errs.push(invalid(child(idxPath, 'operator'), value, msgs.join(';')));
        break;
      }
      case 'Exists':
        if (value.length > 0) errs.push(invalid(child(idxPath, 'operator'), value, "value must be empty when `operator` is 'Exists'"));
        break;
      default:
        errs.push(notSupported(child(idxPath, 'operator'), op, ['Equal', 'Exists']));
    }
    if (effect.length > 0 && !TAINT_EFFECTS.includes(effect)) errs.push(notSupported(child(idxPath, 'effect'), effect, TAINT_EFFECTS));
  });
  return errs;
}

const SCHEDULE_ACTIONS = sortedList(['DoNotSchedule', 'ScheduleAnyway']);
const NODE_INCLUSION_POLICIES = sortedList(['Ignore', 'Honor']);

/** validateTopologySpreadConstraints. */
export function validateTopologySpreadConstraints(constraints: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  constraints.forEach((c, i) => {
    const p = child(fldPath, i);
    const maxSkew = int(c, 'maxSkew');
    if (maxSkew !== undefined && maxSkew <= 0) errs.push(invalid(child(p, 'maxSkew'), maxSkew, 'must be greater than zero'));
    const tk = str(c, 'topologyKey');
    if (tk === '') errs.push(required(child(p, 'topologyKey'), 'can not be empty'));
    const wu = str(c, 'whenUnsatisfiable');
    if (wu !== undefined && !SCHEDULE_ACTIONS.includes(wu)) errs.push(notSupported(child(p, 'whenUnsatisfiable'), wu, SCHEDULE_ACTIONS));
    for (const rest of constraints.slice(i + 1)) {
      if (str(rest, 'topologyKey') === tk && str(rest, 'whenUnsatisfiable') === wu) {
        errs.push(duplicate(child(p, '{topologyKey, whenUnsatisfiable}'), `{${tk ?? ''}, ${wu ?? ''}}`));
        break;
      }
    }
    const minDomains = optInt(c, 'minDomains');
    if (minDomains !== undefined) {
      if (minDomains <= 0) errs.push(invalid(child(p, 'minDomains'), minDomains, 'must be greater than zero'));
      if (wu !== 'DoNotSchedule') {
        errs.push(invalid(child(p, 'minDomains'), minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${wu ?? ''}`));
      }
    }
    for (const f of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
      const v = optStr(c, f);
      if (v !== undefined && !NODE_INCLUSION_POLICIES.includes(v)) errs.push(notSupported(child(p, f), v, NODE_INCLUSION_POLICIES));
    }
    const selector = obj(c, 'labelSelector');
    const keys = strList(c, 'matchLabelKeys');
    if (keys.length > 0) {
      const mlkPath = child(p, 'matchLabelKeys');
      const selectorKeys = new Set<string>();
      if (selector) {
        for (const [k] of strMap(selector, 'matchLabels')) selectorKeys.add(k);
        for (const e of objList(selector, 'matchExpressions')) selectorKeys.add(str(e, 'key') ?? '');
      } else {
        errs.push(forbidden(mlkPath, 'must not be specified when labelSelector is not set'));
      }
      keys.forEach((k, j) => {
        errs.push(...validateLabelName(k, child(mlkPath, j)));
        if (selectorKeys.has(k)) errs.push(invalid(child(mlkPath, j), k, 'exists in both matchLabelKeys and labelSelector'));
      });
    }
    errs.push(...validateLabelSelector(selector, child(p, 'labelSelector')));
  });
  return errs;
}

/** validateReadinessGates. */
export function validateReadinessGates(gates: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  gates.forEach((g, i) => {
    const ct = str(g, 'conditionType');
    if (ct !== undefined) for (const msg of isQualifiedName(ct)) errs.push(invalid(child(fldPath, i, 'conditionType'), ct, msg));
  });
  return errs;
}

/** validateSchedulingGates. */
export function validateSchedulingGates(gates: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  gates.forEach((g, i) => {
    const name = str(g, 'name');
    if (name === undefined) return;
    for (const msg of isQualifiedName(name)) errs.push(invalid(child(fldPath, i), name, msg));
    if (seen.has(name)) errs.push(duplicate(child(fldPath, i), name));
    seen.add(name);
  });
  return errs;
}

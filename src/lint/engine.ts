/**
 * The rule engine. Pure: objects, rules and configuration are handed in; findings come out.
 *
 * For every object it evaluates object rules, then for every pod spec the pod rules and the
 * container rules on each container with its effective settings. Findings name the object and
 * container, point at the offending field (or the parent that should hold a missing one),
 * carry the rule's remediation, help link and fix edits, and are marked suppressed where an
 * annotation or a config suppression says so.
 */
import { formatPath } from '../model/fieldpath.js';
import { compareFindings, type Finding, type Severity } from '../model/finding.js';
import { isRecord, type KubeObject } from '../model/k8s.js';
import { getIn, objectSites, podSpecSite, type ObjectSite, type ParsedFile, type PodSpecSite } from '../manifest/index.js';
import type { CheckViolation, KubernetesVersion, LintTarget } from './checks/types.js';
import { RuleContractError } from './errors.js';
import { fixEdits } from './fix.js';
import { targetsOf } from './rule-format.js';
import { effectiveRules, type EffectiveRule } from './settings.js';
import { annotationSuppressions, type AnnotationSuppression } from './suppression.js';
import { objectTarget, podTargets, targetMatches } from './targets.js';
import type { CompiledRule, ConfigSuppression, ResolvedConfig, TargetKind } from './types.js';
import { DEFAULT_KUBERNETES_VERSION, inRange, parseKubernetesVersion } from './version.js';
import { globMatch } from './glob.js';

export interface LintOptions {
  /** Overrides config.kubernetesVersion; default DEFAULT_KUBERNETES_VERSION. */
  kubernetesVersion?: KubernetesVersion | string;
  /** Every object in the file(s), for object rules; default: the objects of `sites`. */
  objects?: readonly ObjectSite[];
  /** Every object in the linted set, for cross-reference checks; default: `objects`. */
  allObjects?: readonly KubeObject[];
}

export const UNUSED_SUPPRESSION = 'unused-suppression';

function resolveVersion(v: KubernetesVersion | string | undefined, config: ResolvedConfig): KubernetesVersion {
  const raw = v ?? config.kubernetesVersion;
  if (raw === undefined) return DEFAULT_KUBERNETES_VERSION;
  if (typeof raw !== 'string') return raw;
  return parseKubernetesVersion(raw) ?? DEFAULT_KUBERNETES_VERSION;
}

/** Fill `{placeholder}`s; a placeholder without a value is a rule bug. */
export function fillMessage(ruleId: string, template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new RuleContractError(ruleId, `message placeholder {${name}} has no value`);
    return v;
  });
}

interface Raw {
  finding: Finding;
  site: ObjectSite;
  /** Suppression annotations that apply (object + template). */
  scope: AnnotationSuppression[];
}

function containerKindWord(t: LintTarget): string | undefined {
  switch (t.containerKind) {
    case 'init':
      return 'Init container';
    case 'sidecar':
      return 'Sidecar container';
    case 'ephemeral':
      return 'Ephemeral container';
    case 'app':
      return 'Container';
    default:
      return undefined;
  }
}

function makeFinding(eff: EffectiveRule, site: ObjectSite, target: LintTarget, v: CheckViolation): Finding {
  const def = eff.rule.definition;
  let container: string | undefined;
  if (target.kind === 'container') {
    // A container without a name is invalid (rule `invalid` says so); name it by its place.
    const name = target.container?.name;
    const where = target.containerPath ?? [];
    container = typeof name === 'string' && name !== '' ? name : formatPath(where.slice(-2));
  }
  const values: Record<string, string | undefined> = {
    kind: site.ref.kind,
    name: site.ref.name ?? '',
    namespace: site.ref.namespace ?? 'default',
    container,
    containerKind: containerKindWord(target),
    ...v.data,
  };
  const message = v.message ?? fillMessage(def.id, def.message, values);
  let severity: Severity = eff.severity;
  if (v.severity === 'info' || (v.severity === 'warning' && severity === 'error')) severity = v.severity;
  const finding: Finding = {
    ruleId: def.id,
    severity,
    message,
    filePath: site.file.path,
    range: site.rangeOf(v.path),
    path: formatPath([...site.basePath, ...v.path]),
    object: site.ref,
    remediation: def.remediation,
    helpUri: eff.rule.helpUri,
  };
  if (container !== undefined) finding.container = container;
  if (v.fix && v.fix.length > 0) {
    if (!def.fix) throw new RuleContractError(def.id, 'returned a fix but declares none (add `fix:` to the rule file)');
    const edits = fixEdits(site.file.text, site.document.yaml.contents, site.basePath, v.fix);
    if (edits) finding.fix = { description: def.fix.description, edits };
  }
  return finding;
}

function configSuppressionMatches(s: ConfigSuppression, f: Finding): boolean {
  const ref = f.object;
  if (!ref) return false;
  if (s.kind !== undefined && s.kind !== ref.kind) return false;
  if (s.namespace !== undefined && !globMatch(s.namespace, ref.namespace ?? 'default')) return false;
  if (s.name !== undefined && !globMatch(s.name, ref.name ?? '')) return false;
  return s.rules.includes('*') || s.rules.includes(f.ruleId);
}

function annotationMatches(s: AnnotationSuppression, f: Finding): boolean {
  if (s.ruleId !== f.ruleId && s.ruleId !== '*') return false;
  if (s.containers === undefined) return true;
  return f.container !== undefined && s.containers.includes(f.container);
}

/**
 * One finding per field where a rule supersedes another (pod-security-admission's
 * OverrideCheckIDs: at restricted level, capabilities_restricted replaces capabilities_baseline,
 * seccompProfile_restricted replaces seccompProfile_baseline, restrictedVolumes replaces
 * hostPathVolumes). A superseded finding stays when the superseding one at that path is
 * suppressed: opting out of the stricter rule must not hide the baseline problem.
 */
function dropSuperseded(findings: Finding[], rules: readonly CompiledRule[]): Finding[] {
  const superseding = new Map<string, string[]>(); // superseded id → ids that supersede it
  for (const r of rules) for (const id of r.definition.supersedes ?? []) superseding.set(id, [...(superseding.get(id) ?? []), r.id]);
  if (superseding.size === 0) return findings;
  const live = new Set<string>();
  for (const f of findings) if (!f.suppressed) live.add(`${f.ruleId}\0${f.filePath}\0${f.path}`);
  return findings.filter((f) => !(superseding.get(f.ruleId) ?? []).some((by) => live.has(`${by}\0${f.filePath}\0${f.path}`)));
}

/**
 * Lint pod specs (and the objects around them). `rules` is every known rule (built-in and
 * custom); `config` decides which run. Throws ConfigError for bad rule settings and
 * RuleContractError when a rule breaks its own metadata.
 */
export function lint(sites: readonly PodSpecSite[], rules: readonly CompiledRule[], config: ResolvedConfig, opts: LintOptions = {}): Finding[] {
  if (config.ignored) return [];
  const version = resolveVersion(opts.kubernetesVersion, config);
  const enabled = effectiveRules(config, rules);
  const active: { eff: EffectiveRule; kinds: TargetKind[] }[] = [];
  for (const eff of enabled.values()) {
    if (!inRange(version, eff.rule.definition.kubernetesVersions)) continue;
    active.push({ eff, kinds: targetsOf(eff.rule.definition) as TargetKind[] });
  }
  const objects: ObjectSite[] = opts.objects ? [...opts.objects] : [];
  if (!opts.objects) for (const s of sites) if (!objects.includes(s.site)) objects.push(s.site);
  const allObjects = opts.allObjects ?? objects.map((o) => o.object);
  const podsByObject = new Map<ObjectSite, PodSpecSite>();
  for (const s of sites) podsByObject.set(s.site, s);

  const raws: Raw[] = [];
  const allSuppressions: { site: ObjectSite; list: AnnotationSuppression[] }[] = [];
  for (const site of objects) {
    const pod = podsByObject.get(site);
    const scope: AnnotationSuppression[] = annotationSuppressions(isRecord(site.object.metadata) ? site.object.metadata : undefined, ['metadata']);
    if (pod && pod.metadataPath.length > 1) scope.push(...annotationSuppressions(pod.metadata, pod.metadataPath));
    if (pod?.kind === 'CronJob') {
      // The Job template between a CronJob and its pod template has metadata of its own.
      const jobMeta = getIn(site.object, ['spec', 'jobTemplate', 'metadata']);
      scope.push(...annotationSuppressions(isRecord(jobMeta) ? jobMeta : undefined, ['spec', 'jobTemplate', 'metadata']));
    }
    allSuppressions.push({ site, list: scope });
    const targets = [objectTarget(site, pod), ...(pod ? podTargets(pod) : [])];
    for (const target of targets) {
      for (const { eff, kinds } of active) {
        if (!targetMatches(kinds, target)) continue;
        let violations: CheckViolation[];
        try {
          violations = eff.rule.evaluate({
            target,
            options: eff.options,
            kubernetesVersion: version,
            allObjects,
            filePath: site.file.path,
          });
        } catch (e) {
          // A bug in a check: name the rule and the object, as ESLint names the rule that crashed.
          if (e instanceof RuleContractError) throw e;
          const where = `${site.file.path}:${site.rangeOf(target.containerPath ?? []).line}`;
          throw new RuleContractError(eff.rule.id, `crashed on ${site.ref.kind} "${site.ref.name ?? ''}" (${where}): ${(e as Error).message}`);
        }
        for (const v of violations) raws.push({ finding: makeFinding(eff, site, target, v), site, scope });
      }
    }
  }

  // Suppressions: annotations (unless forbidden), then config.
  for (const r of raws) {
    if (config.allowSuppressions) {
      const s = r.scope.find((x) => annotationMatches(x, r.finding));
      if (s) {
        r.finding.suppressed = s.reason !== undefined ? { kind: 'annotation', justification: s.reason } : { kind: 'annotation' };
        for (const x of r.scope) if (annotationMatches(x, r.finding)) x.used = true;
        continue;
      }
    }
    const c = config.suppressions.find((x) => configSuppressionMatches(x, r.finding));
    if (c) r.finding.suppressed = c.reason !== undefined ? { kind: 'config', justification: c.reason } : { kind: 'config' };
  }

  const findings = dropSuperseded(raws.map((r) => r.finding), rules);
  const unused = enabled.get(UNUSED_SUPPRESSION);
  if (unused && inRange(version, unused.rule.definition.kubernetesVersions)) {
    const known = new Set(rules.map((r) => r.id));
    for (const { site, list } of allSuppressions) {
      const extra: Finding[] = [];
      for (const s of list) {
        if (s.ruleId === UNUSED_SUPPRESSION || s.ruleId === '*') continue;
        let why: string | undefined;
        if (!known.has(s.ruleId)) why = `names an unknown rule "${s.ruleId}"`;
        else if (!config.allowSuppressions) why = `of "${s.ruleId}" is not honoured: the configuration sets allowSuppressions: false`;
        else if (!s.used) {
          const rule = enabled.get(s.ruleId);
          // A rule that is off (or not for this Kubernetes version) can't use its suppression: not reported.
          if (!rule || !inRange(version, rule.rule.definition.kubernetesVersions)) continue;
          why = `of "${s.ruleId}"${s.containers ? ` for ${s.containers.map((c) => `"${c}"`).join(', ')}` : ''} suppressed nothing`;
        }
        if (!why) continue;
        const msg = `Suppression in ${site.ref.kind} "${site.ref.name ?? ''}" ${why}.`;
        const f = makeFinding(unused, site, objectTarget(site, undefined), { path: s.path, message: msg });
        // Deduplicate: one finding per annotation and reason.
        if (!extra.some((e) => e.message === f.message && e.path === f.path)) extra.push(f);
      }
      for (const f of extra) {
        const sup = config.allowSuppressions ? list.find((x) => x.ruleId === UNUSED_SUPPRESSION || x.ruleId === '*') : undefined;
        if (sup) f.suppressed = sup.reason !== undefined ? { kind: 'annotation', justification: sup.reason } : { kind: 'annotation' };
        else {
          const c = config.suppressions.find((x) => configSuppressionMatches(x, f));
          if (c) f.suppressed = c.reason !== undefined ? { kind: 'config', justification: c.reason } : { kind: 'config' };
        }
        findings.push(f);
      }
    }
  }
  return findings.sort(compareFindings);
}

/** Lint one parsed file: every object in it and every pod spec inside them. */
export function lintFile(
  file: ParsedFile,
  rules: readonly CompiledRule[],
  config: ResolvedConfig,
  opts: Omit<LintOptions, 'objects'> = {},
): Finding[] {
  const objects = objectSites(file);
  const sites: PodSpecSite[] = [];
  for (const o of objects) {
    const p = podSpecSite(o);
    if (p) sites.push(p);
  }
  return lint(sites, rules, config, { ...opts, objects });
}

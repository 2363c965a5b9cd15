/**
 * Workload validation (src/validate/workloads.ts) and the entry point (src/validate/index.ts).
 * Each case names the Kubernetes function it mirrors:
 * pkg/apis/apps/validation/validation.go (ValidateDeployment, ValidateDeploymentStrategy,
 * ValidateRollingUpdateDeployment, ValidateReplicaSet, ValidatePodTemplateSpecForReplicaSet,
 * ValidateDaemonSet, ValidateRollingUpdateDaemonSet, ValidateStatefulSet) and its tests
 * (TestValidateDeployment, TestValidateDaemonSet, TestValidateStatefulSet);
 * pkg/apis/batch/validation/validation.go (ValidateJob, validateJobSpec, validateGeneratedSelector,
 * ValidateCronJobCreate, validateScheduleFormat, validateTimeZone, ValidateJobTemplateSpec) and
 * TestValidateJob / TestValidateCronJob; pkg/apis/core/validation (ValidateReplicationController,
 * ValidatePodTemplate, ValidatePodCreate); robfig/cron/v3 parser.go (ParseStandard).
 */
import t from 'tap';
import { formatFieldError, goValue, invalidObjectMessage, type FieldError } from '../../src/model/field-error.js';
import { GoRepr } from '../../src/model/go-repr.js';
import type { KubeObject } from '../../src/model/k8s.js';
import { resultMessage, validateObject } from '../../src/validate/index.js';
import { parseStandardCron, selectorMatches, validateTimeZone } from '../../src/validate/workloads.js';

const msgs = (e: FieldError[]): string[] => e.map(formatFieldError);
const container = { name: 'app', image: 'nginx:1.27' };
const podSpec = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ containers: [{ ...container }], ...extra });
const template = (labels: Record<string, string> | null = { app: 'web' }, spec: Record<string, unknown> = {}): Record<string, unknown> => ({
  metadata: labels ? { labels } : {},
  spec: podSpec(spec),
});

function apps(kind: string, spec: Record<string, unknown>, name = 'web'): KubeObject {
  return { apiVersion: 'apps/v1', kind, metadata: { name }, spec };
}
function invalid(obj: KubeObject): string[] {
  const r = validateObject(obj);
  return msgs(r.invalid);
}
const SEL = { matchLabels: { app: 'web' } };
/** The placeholder uid validation sees (the API server assigns metadata.uid before validating). */
const UID = '00000000-0000-0000-0000-000000000000';
/**
 * A struct/map bad value: the API server prints Go's %#v (`text`, asserted on the GoRepr itself in
 * 'bad values carry Go's %#v text'); the message shows it the way goValue prints a GoRepr.
 */
const v = (text: string, plain: unknown): string => goValue(new GoRepr(text, plain));

// ---- Deployment --------------------------------------------------------------------------------

t.test('a minimal Deployment is valid (after defaulting: RollingUpdate 25%/25%, progressDeadline 600)', async (t) => {
  t.same(invalid(apps('Deployment', { selector: SEL, template: template() })), []);
});

t.test('Deployment: selector is required in apps/v1, and a nil selector matches nothing', async (t) => {
  t.same(invalid(apps('Deployment', { template: template() })), [
    'spec.selector: Required value',
    `spec.template.metadata.labels: Invalid value: ${v('map[string]string{"app":"web"}', { app: 'web' })}: \`selector\` does not match template \`labels\``,
  ]);
});

t.test('Deployment: selector must match the template labels', async (t) => {
  t.same(invalid(apps('Deployment', { selector: { matchLabels: { app: 'api' } }, template: template() })), [
    `spec.template.metadata.labels: Invalid value: ${v('map[string]string{"app":"web"}', { app: 'web' })}: \`selector\` does not match template \`labels\``,
  ]);
  // matchExpressions count too
  t.same(
    invalid(apps('Deployment', { selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, template: template() })),
    [],
  );
});

t.test('Deployment: an empty selector is invalid', async (t) => {
  t.same(invalid(apps('Deployment', { selector: {}, template: template() })), [`spec.selector: Invalid value: ${v('v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}', {})}: empty selector is invalid for deployment`]);
});

t.test('Deployment: a broken selector term (ValidateLabelSelectorRequirement, then "invalid label selector")', async (t) => {
  const errs = invalid(apps('Deployment', { selector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] }, template: template() }));
  t.same(errs, [
    'spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
    `spec.selector: Invalid value: ${v(
      'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Equals", Values:[]string{"web"}}}}',
      { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] },
    )}: invalid label selector`,
  ]);
  const noValues = invalid(apps('Deployment', { selector: { matchExpressions: [{ key: 'app', operator: 'In' }] }, template: template() }));
  t.equal(noValues[0], "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
});

t.test('Deployment: template restartPolicy must be Always (ValidatePodTemplateSpecForReplicaSet)', async (t) => {
  const errs = invalid(apps('Deployment', { selector: SEL, template: template({ app: 'web' }, { restartPolicy: 'OnFailure' }) }));
  t.same(errs, ['spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"']);
});

t.test('Deployment: activeDeadlineSeconds is not supported in templates', async (t) => {
  const errs = invalid(apps('Deployment', { selector: SEL, template: template({ app: 'web' }, { activeDeadlineSeconds: 30 }) }));
  t.same(errs, ['spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported']);
});

t.test('Deployment: replicas ≥ 0 and revisionHistoryLimit ≥ 0 (ValidateNonnegativeField)', async (t) => {
  t.same(invalid(apps('Deployment', { replicas: -1, selector: SEL, template: template() })), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
  t.same(invalid(apps('Deployment', { revisionHistoryLimit: -2, selector: SEL, template: template() })), [
    'spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
  ]);
});

t.test('Deployment strategy: Recreate forbids rollingUpdate', async (t) => {
  const errs = invalid(apps('Deployment', { selector: SEL, template: template(), strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }));
  t.same(errs, ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]);
});

t.test('Deployment strategy: maxUnavailable and maxSurge may not both be 0', async (t) => {
  const errs = invalid(apps('Deployment', { selector: SEL, template: template(), strategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: '0%' } } }));
  t.same(errs, [`spec.strategy.rollingUpdate.maxUnavailable: Invalid value: ${v('intstr.IntOrString{Type:0, IntVal:0, StrVal:""}', 0)}: may not be 0 when \`maxSurge\` is 0`]);
  // one of them 0 is fine; the other defaults to 25%
  t.same(invalid(apps('Deployment', { selector: SEL, template: template(), strategy: { rollingUpdate: { maxUnavailable: 0 } } })), []);
});

t.test('Deployment strategy: percentages (IsValidPercent) and at most 100% unavailable', async (t) => {
  const bad = invalid(apps('Deployment', { selector: SEL, template: template(), strategy: { rollingUpdate: { maxSurge: '25' } } }));
  t.same(bad, [
    // validation.RegexError writes "'1%', " then " or " before the next example: two spaces
    // ValidatePositiveIntOrPercent passes the IntOrString struct as the bad value: Go prints it with %#v
    `spec.strategy.rollingUpdate.maxSurge: Invalid value: ${v('intstr.IntOrString{Type:1, IntVal:0, StrVal:"25"}', '25')}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
  ]);
  const over = invalid(apps('Deployment', { selector: SEL, template: template(), strategy: { rollingUpdate: { maxUnavailable: '150%' } } }));
  t.same(over, [`spec.strategy.rollingUpdate.maxUnavailable: Invalid value: ${v('intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}', '150%')}: must not be greater than 100%`]);
});

t.test('Deployment strategy: an unknown type', async (t) => {
  const errs = invalid(apps('Deployment', { selector: SEL, template: template(), strategy: { type: 'BlueGreen' } }));
  t.same(errs, [
    `spec.strategy: Unsupported value: ${v('apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}', { type: 'BlueGreen' })}: supported values: "Recreate", "RollingUpdate"`,
  ]);
});

t.test('Deployment: progressDeadlineSeconds must exceed minReadySeconds (600 by default)', async (t) => {
  t.same(invalid(apps('Deployment', { selector: SEL, template: template(), minReadySeconds: 600 })), [
    'spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds',
  ]);
});

t.test('Deployment: template labels are validated at spec.template.labels (ValidatePodTemplateSpec)', async (t) => {
  const errs = invalid(apps('Deployment', { selector: { matchLabels: { 'bad key': 'x' } }, template: template({ 'bad key': 'x' }) }));
  // the selector's matchLabels and the template's labels both fail; LabelSelectorAsSelector fails too
  t.equal(errs.some((m) => m.startsWith('spec.selector.matchLabels: Invalid value: "bad key"')), true);
  t.equal(errs.some((m) => m.startsWith('spec.selector: Invalid value: ') && m.endsWith(': invalid label selector')), true);
});

// ---- ReplicaSet, DaemonSet, StatefulSet ---------------------------------------------------------

t.test('ReplicaSet: same rules as Deployment (the empty-selector message says "deployment" in Go too)', async (t) => {
  t.same(invalid(apps('ReplicaSet', { selector: SEL, template: template() })), []);
  t.same(invalid(apps('ReplicaSet', { selector: {}, template: template() })), [`spec.selector: Invalid value: ${v('v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}', {})}: empty selector is invalid for deployment`]);
});

t.test('DaemonSet: selector mismatch, and no Required error for a missing selector (ValidateDaemonSetSpec)', async (t) => {
  t.same(invalid(apps('DaemonSet', { selector: SEL, template: template() })), []);
  t.same(invalid(apps('DaemonSet', { template: template({ name: 'nginx-daemon' }) })), [
    `spec.template.metadata.labels: Invalid value: ${v('map[string]string{"name":"nginx-daemon"}', { name: 'nginx-daemon' })}: \`selector\` does not match template \`labels\``,
  ]);
  t.same(invalid(apps('DaemonSet', { selector: {}, template: template() })), [`spec.selector: Invalid value: ${v('v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}', {})}: empty selector is invalid for daemonset`]);
});

t.test('DaemonSet: rolling update needs exactly one of maxUnavailable/maxSurge non-zero', async (t) => {
  const both = invalid(apps('DaemonSet', { selector: SEL, template: template(), updateStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } }));
  t.same(both, [`spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: ${v('intstr.IntOrString{Type:0, IntVal:1, StrVal:""}', 1)}: may not be set when maxUnavailable is non-zero`]);
  const none = invalid(apps('DaemonSet', { selector: SEL, template: template(), updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } }));
  t.same(none, ['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0']);
});

t.test('DaemonSet: restartPolicy Always only', async (t) => {
  t.same(invalid(apps('DaemonSet', { selector: SEL, template: template({ app: 'web' }, { restartPolicy: 'Never' }) })), [
    'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
  ]);
});

t.test('StatefulSet: valid with volumeClaimTemplates mounted by name', async (t) => {
  const sts = apps('StatefulSet', {
    selector: SEL,
    serviceName: 'web',
    template: template({ app: 'web' }, { containers: [{ ...container, volumeMounts: [{ name: 'data', mountPath: '/data' }] }] }),
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
  });
  t.same(invalid(sts), []);
});

t.test('StatefulSet: podManagementPolicy, updateStrategy and selector', async (t) => {
  t.same(invalid(apps('StatefulSet', { selector: SEL, template: template(), podManagementPolicy: 'Random' })), [
    "spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'",
  ]);
  t.same(invalid(apps('StatefulSet', { selector: SEL, template: template(), updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } } })), [
    `spec.updateStrategy.rollingUpdate: Invalid value: ${v('apps.RollingUpdateStatefulSetStrategy{Partition:1, MaxUnavailable:(*intstr.IntOrString)(nil)}', { partition: 1 })}: only allowed for updateStrategy 'RollingUpdate'`,
  ]);
  t.same(invalid(apps('StatefulSet', { selector: {}, template: template() })), [`spec.selector: Invalid value: ${v('v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}', {})}: empty selector is invalid for statefulset`]);
  t.same(invalid(apps('StatefulSet', { selector: SEL, template: template(), updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } })), [
    `spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: ${v('intstr.IntOrString{Type:0, IntVal:0, StrVal:""}', 0)}: cannot be 0`,
  ]);
});

t.test('StatefulSet: activeDeadlineSeconds is forbidden with its own message', async (t) => {
  t.same(invalid(apps('StatefulSet', { selector: SEL, template: template({ app: 'web' }, { activeDeadlineSeconds: 5 }) })), [
    'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported',
  ]);
});

// ---- ReplicationController, PodTemplate, Pod ---------------------------------------------------

t.test('ReplicationController: selector defaults to the template labels (SetDefaults_ReplicationController)', async (t) => {
  const rc = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'rc' }, spec });
  t.same(invalid(rc({ template: template() })), []);
  t.same(invalid(rc({ template: template(null) })), ['spec.selector: Required value']);
  t.same(invalid(rc({ selector: { app: 'api' }, template: template() })), [
    `spec.template.metadata.labels: Invalid value: ${v('map[string]string{"app":"web"}', { app: 'web' })}: \`selector\` does not match template \`labels\``,
  ]);
  t.same(invalid(rc({ selector: { app: 'web' } })), ['spec.template: Required value']);
});

t.test('PodTemplate: metadata and template', async (t) => {
  t.same(invalid({ apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 'pt' }, template: template() }), []);
  t.same(invalid({ apiVersion: 'v1', kind: 'PodTemplate', metadata: {}, template: template() }), [
    'metadata.name: Required value: name or generateName is required',
  ]);
});

t.test('Pod: the seed\'s restartPolicy error, and the object line kubectl prints', async (t) => {
  const p: KubeObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'hello-world' }, spec: podSpec({ restartPolicy: 'Mybe' }) };
  const r = validateObject(p);
  t.same(r.decode, []);
  t.same(msgs(r.invalid), ['spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"']);
  t.equal(
    resultMessage(p, r),
    'The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"',
  );
});

t.test('Pod: ephemeral containers cannot be set on create (ValidatePodCreate), reported once', async (t) => {
  const p: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: podSpec({ ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }),
  };
  t.same(invalid(p).filter((m) => m.startsWith('spec.ephemeralContainers:')), ['spec.ephemeralContainers: Forbidden: cannot be set on create']);
});

// ---- Job -------------------------------------------------------------------------------------------

const job = (spec: Record<string, unknown>, name = 'pi'): KubeObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec });

t.test('Job: restartPolicy has no Job default, so Always/unset is Required (validateJobSpec)', async (t) => {
  t.same(invalid(job({ template: { spec: podSpec() } })), ['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
  t.same(invalid(job({ template: { spec: podSpec({ restartPolicy: 'Always' }) } })), [
    'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
  ]);
  t.same(invalid(job({ template: { spec: podSpec({ restartPolicy: 'Never' }) } })), []);
});

t.test('Job: podFailurePolicy requires restartPolicy Never', async (t) => {
  const errs = invalid(
    job({
      podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] },
      template: { spec: podSpec({ restartPolicy: 'OnFailure' }) },
    }),
  );
  t.same(errs, ['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified']);
});

t.test('Job: completions, parallelism, backoffLimit must not be negative', async (t) => {
  const errs = invalid(job({ completions: -1, parallelism: -2, backoffLimit: -3, template: { spec: podSpec({ restartPolicy: 'Never' }) } }));
  t.same(errs, [
    'spec.parallelism: Invalid value: -2: must be greater than or equal to 0',
    'spec.completions: Invalid value: -1: must be greater than or equal to 0',
    'spec.backoffLimit: Invalid value: -3: must be greater than or equal to 0',
  ]);
});

t.test('Job: Indexed completion mode needs completions; per-index limits need Indexed', async (t) => {
  // SetDefaults_Job sets completions = parallelism = 1 when both are unset, so only a job with
  // parallelism and no completions trips the Required check
  t.same(invalid(job({ completionMode: 'Indexed', template: { spec: podSpec({ restartPolicy: 'Never' }) } })), []);
  t.same(invalid(job({ completionMode: 'Indexed', parallelism: 3, template: { spec: podSpec({ restartPolicy: 'Never' }) } })), [
    'spec.completions: Required value: when completion mode is Indexed',
  ]);
  // a CronJob's job template is not defaulted by SetDefaults_Job
  const cj: KubeObject = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'c' },
    spec: { schedule: '@daily', jobTemplate: { spec: { completionMode: 'Indexed', template: { spec: podSpec({ restartPolicy: 'Never' }) } } } },
  };
  t.same(invalid(cj), ['spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed']);
  t.same(invalid(job({ backoffLimitPerIndex: 1, template: { spec: podSpec({ restartPolicy: 'Never' }) } })), [
    'spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
  ]);
  t.same(invalid(job({ completionMode: 'Sometimes', template: { spec: podSpec({ restartPolicy: 'Never' }) } })), [
    'spec.completionMode: Unsupported value: "Sometimes": supported values: "NonIndexed", "Indexed"',
  ]);
});

t.test('Job: an Indexed job whose last pod hostname is not a DNS label (ValidateJob)', async (t) => {
  const name = 'a'.repeat(62);
  const errs = invalid(job({ completionMode: 'Indexed', completions: 10, template: { spec: podSpec({ restartPolicy: 'Never' }) } }, name));
  t.same(errs, [`metadata.name: Invalid value: "${name}": will not able to create pod with invalid DNS label: ${name}-9`]);
});

t.test('Job: a user selector without manualSelector is "not auto-generated" (validateGeneratedSelector)', async (t) => {
  const errs = invalid(job({ selector: { matchLabels: { app: 'pi' } }, template: { metadata: { labels: { app: 'pi' } }, spec: podSpec({ restartPolicy: 'Never' }) } }));
  t.equal(errs.length, 1);
  t.match(errs[0] ?? '', /^spec\.selector: Invalid value: .*: `selector` not auto-generated$/);
  // with manualSelector: true it must match the template labels instead
  t.same(
    invalid(job({ manualSelector: true, selector: { matchLabels: { app: 'pi' } }, template: { metadata: { labels: { app: 'pi' } }, spec: podSpec({ restartPolicy: 'Never' }) } })),
    [],
  );
  t.same(invalid(job({ manualSelector: true, template: { spec: podSpec({ restartPolicy: 'Never' }) } })), [
    'spec.selector: Required value',
    `spec.template.metadata.labels: Invalid value: ${v('map[string]string(nil)', {})}: \`selector\` does not match template \`labels\``,
  ]);
});

t.test('Job: a job-name label the user set must equal the name (ValidateHasLabel)', async (t) => {
  const errs = invalid(job({ template: { metadata: { labels: { 'job-name': 'other' } }, spec: podSpec({ restartPolicy: 'Never' }) } }));
  // Go passes the template's labels after generateSelector added the others
  const labels = { 'job-name': 'other', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': UID, 'batch.kubernetes.io/controller-uid': UID };
  const text = `map[string]string{"batch.kubernetes.io/controller-uid":"${UID}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${UID}", "job-name":"other"}`;
  t.same(errs, [`spec.template.metadata.labels[job-name]: Invalid value: ${v(text, labels)}: must be 'pi'`]);
});

t.test('Job: a name longer than 63 characters makes the generated job-name labels invalid', async (t) => {
  const name = 'j'.repeat(64);
  const errs = invalid(job({ template: { spec: podSpec({ restartPolicy: 'Never' }) } }, name));
  // job-name and batch.kubernetes.io/job-name both fail with the same text; validateObject prints
  // an identical error once.
  t.same(errs, [`spec.template.labels: Invalid value: "${name}": must be no more than 63 characters`]);
});

// ---- CronJob -------------------------------------------------------------------------------------

const cron = (spec: Record<string, unknown>, name = 'hello'): KubeObject => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name },
  spec: { jobTemplate: { spec: { template: { spec: podSpec({ restartPolicy: 'OnFailure' }) } } }, ...spec },
});

t.test('CronJob: a valid schedule', async (t) => {
  t.same(invalid(cron({ schedule: '*/5 * * * *' })), []);
  t.same(invalid(cron({ schedule: '@hourly', timeZone: 'Europe/Berlin' })), []);
});

t.test('CronJob: schedule is required; a bad one carries the cron parser\'s error', async (t) => {
  t.same(invalid(cron({})), ['spec.schedule: Required value']);
  t.same(invalid(cron({ schedule: '* * * *' })), ['spec.schedule: Invalid value: "* * * *": expected exactly 5 fields, found 4: [* * * *]']);
  t.same(invalid(cron({ schedule: '61 * * * *' })), ['spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61']);
});

t.test('CronJob: TZ in the schedule is rejected in favour of timeZone', async (t) => {
  t.same(invalid(cron({ schedule: 'CRON_TZ=UTC 0 * * * *' })), [
    'spec.schedule: Invalid value: "CRON_TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
  ]);
});

t.test('CronJob: timeZone must be a real IANA zone (validateTimeZone)', async (t) => {
  t.same(invalid(cron({ schedule: '0 * * * *', timeZone: 'Mars/Olympus' })), ['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']);
  t.same(invalid(cron({ schedule: '0 * * * *', timeZone: '' })), ['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string']);
  t.same(msgs(validateTimeZone('Local', ['spec', 'timeZone'])), [
    'spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones',
  ]);
});

t.test('CronJob: concurrencyPolicy (defaults to Allow) and the 52-character name limit', async (t) => {
  t.same(invalid(cron({ schedule: '0 * * * *', concurrencyPolicy: 'Sometimes' })), [
    'spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"',
  ]);
  const name = 'c'.repeat(53);
  t.same(invalid(cron({ schedule: '0 * * * *' }, name)), [`metadata.name: Invalid value: "${name}": must be no more than 52 characters`]);
});

t.test('CronJob: the job template\'s restartPolicy and selector (ValidateJobTemplateSpec)', async (t) => {
  const cj: KubeObject = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello' },
    spec: { schedule: '0 * * * *', jobTemplate: { spec: { selector: { matchLabels: { a: 'b' } }, template: { spec: podSpec() } } } },
  };
  t.same(invalid(cj), [
    'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    `spec.jobTemplate.spec.selector: Invalid value: ${v('v1.LabelSelector{MatchLabels:map[string]string{"a":"b"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}', { matchLabels: { a: 'b' } })}: \`selector\` will be auto-generated`,
  ]);
});

t.test('cron/v3 ParseStandard errors', async (t) => {
  t.equal(parseStandardCron('0 0 * * MON-FRI'), undefined);
  t.equal(parseStandardCron('0 0 1 JAN,jul *'), undefined);
  t.equal(parseStandardCron('@every 1h30m'), undefined);
  t.equal(parseStandardCron('@fortnightly'), 'unrecognized descriptor: @fortnightly');
  t.equal(parseStandardCron('0 0 * * 7'), 'end of range (7) above maximum (6): 7');
  t.equal(parseStandardCron('0 0 0 * *'), 'beginning of range (0) below minimum (1): 0');
  t.equal(parseStandardCron('5-1 * * * *'), 'beginning of range (5) beyond end of range (1): 5-1');
  t.equal(parseStandardCron('*/0 * * * *'), 'step of range should be a positive number: */0');
  t.equal(parseStandardCron('x * * * *'), 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax');
  t.equal(parseStandardCron('1-2-3 * * * *'), 'too many hyphens: 1-2-3');
  t.equal(parseStandardCron('0 0 * * * *'), 'expected exactly 5 fields, found 6: [0 0 * * * *]');
});

// ---- selectors and the entry point ----------------------------------------------------------------

t.test('selectorMatches: labels.Selector semantics (nil = Nothing, {} = Everything)', async (t) => {
  t.equal(selectorMatches(undefined, { a: 'b' }), false);
  t.equal(selectorMatches({}, { a: 'b' }), true);
  t.equal(selectorMatches({ matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['x'] }] }, {}), true);
  t.equal(selectorMatches({ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] }, { a: '' }), false);
  t.equal(selectorMatches({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, { a: '' }), true);
});

t.test('validateObject: type errors stop semantic validation; unknown fields alone do not', async (t) => {
  const typed = validateObject(apps('Deployment', { replicas: 'two', template: template() }));
  t.equal(typed.decode.length, 1);
  t.same(typed.invalid, []);
  const unknown = validateObject(apps('Deployment', { replica: 2, template: template() }));
  t.same(msgs(unknown.decode), ['unknown field "spec.replica", did you mean "replicas"?']);
  t.equal(unknown.invalid.length, 2); // selector Required + mismatch
});

t.test('validateObject: other kinds and removed versions are not validated here', async (t) => {
  t.same(validateObject({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }), { decode: [], invalid: [] });
  t.same(validateObject({ apiVersion: 'extensions/v1beta1', kind: 'Deployment', metadata: { name: 'd' }, spec: {} }), { decode: [], invalid: [] });
});

t.test('the object line for several errors (StatusError aggregate in brackets)', async (t) => {
  const d = apps('Deployment', { template: template() });
  const r = validateObject(d);
  t.equal(
    resultMessage(d, r),
    invalidObjectMessage('Deployment', 'web', r.invalid),
  );
  t.equal(
    resultMessage(d, r),
    `The Deployment "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: ${v('map[string]string{"app":"web"}', { app: 'web' })}: \`selector\` does not match template \`labels\`]`,
  );
});

t.test("bad values carry Go's %#v text (field.Error.ErrorBody falls back to %#v)", async (t) => {
  const r = validateObject(apps('Deployment', { selector: { matchLabels: { app: 'api' } }, template: template({ b: '2', a: '1' }) }));
  const bad = r.invalid[0]?.badValue;
  t.ok(bad instanceof GoRepr);
  t.equal((bad as GoRepr).text, 'map[string]string{"a":"1", "b":"2"}'); // fmt sorts map keys
  const empty = validateObject(apps('Deployment', { selector: {}, template: template() })).invalid[0]?.badValue as GoRepr;
  t.equal(empty.text, 'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}');
  const ios = validateObject(apps('Deployment', { selector: SEL, template: template(), strategy: { rollingUpdate: { maxSurge: 'x' } } })).invalid[0]
    ?.badValue as GoRepr;
  t.equal(ios.text, 'intstr.IntOrString{Type:1, IntVal:0, StrVal:"x"}');
});

t.test('Pod and template annotations that read the spec (ValidatePodSpecificAnnotations) are wired', async (t) => {
  const p: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', annotations: { 'kubernetes.io/config.mirror': 'x' } },
    spec: podSpec(),
  };
  t.same(invalid(p), ['metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "x": must set spec.nodeName if mirror pod annotation is set']);
  const d = apps('Deployment', {
    selector: SEL,
    template: { metadata: { labels: { app: 'web' }, annotations: { 'kubernetes.io/config.mirror': 'x' } }, spec: podSpec() },
  });
  t.same(invalid(d), [
    'spec.template.annotations[kubernetes.io/config.mirror]: Invalid value: "x": must set spec.nodeName if mirror pod annotation is set',
  ]);
});

t.test('an absent template in apps kinds is an empty struct, not a missing pointer (apps.DeploymentSpec.Template)', async (t) => {
  t.same(invalid(apps('Deployment', { selector: SEL })), [
    `spec.template.metadata.labels: Invalid value: ${v('map[string]string(nil)', {})}: \`selector\` does not match template \`labels\``,
    'spec.template.spec.containers: Required value',
  ]);
});

t.test('Job podFailurePolicy rules (validatePodFailurePolicyRule, …OnExitCodes, …OnPodConditions)', async (t) => {
  const withRules = (rules: unknown[], extra: Record<string, unknown> = {}): KubeObject =>
    job({ podFailurePolicy: { rules }, template: { spec: podSpec({ restartPolicy: 'Never' }) }, ...extra });
  t.same(invalid(withRules([{ action: 'FailJob', onExitCodes: { containerName: 'app', operator: 'In', values: [1, 42] } }])), []);
  t.same(invalid(withRules([{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }])), []); // status defaults to True
  t.same(invalid(withRules([{ onExitCodes: { operator: 'In', values: [1] } }])), [
    'spec.podFailurePolicy.rules[0].action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"]',
  ]);
  t.same(invalid(withRules([{ action: 'Retry', onExitCodes: { operator: 'In', values: [1] } }])), [
    'spec.podFailurePolicy.rules[0].action: Unsupported value: "Retry": supported values: "Count", "FailIndex", "FailJob", "Ignore"',
  ]);
  t.same(invalid(withRules([{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } }])), [
    'spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set',
  ]);
  t.same(invalid(withRules([{ action: 'FailJob', onExitCodes: { operator: 'In', values: [0, 3, 3, 2], containerName: 'nope' } }])), [
    'spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nope": must be one of the container or initContainer names in the pod template',
    'spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator',
    'spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 3',
    `spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: ${v('[]int32{0, 3, 3, 2}', [0, 3, 3, 2])}: must be ordered`,
  ]);
  t.same(invalid(withRules([{ action: 'FailJob' }])), [
    'spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
  ]);
  t.same(invalid(withRules([{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1] }, onPodConditions: [{ type: 'X', status: 'True' }] }])), [
    'spec.podFailurePolicy.rules[0]: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported',
  ]);
  t.same(invalid(withRules([{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'Maybe' }] }])), [
    'spec.podFailurePolicy.rules[0].onPodConditions[0].status: Unsupported value: "Maybe": supported values: "False", "True", "Unknown"',
  ]);
});

t.test('Job successPolicy (validateSuccessPolicy, validateIndexesFormat)', async (t) => {
  const indexed = (successPolicy: unknown): KubeObject =>
    job({ completionMode: 'Indexed', completions: 5, parallelism: 5, successPolicy, template: { spec: podSpec({ restartPolicy: 'Never' }) } });
  t.same(invalid(indexed({ rules: [{ succeededIndexes: '0-2,4', succeededCount: 3 }] })), []);
  t.same(invalid(indexed({ rules: [] })), ['spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is specified']);
  t.same(invalid(indexed({ rules: [{}] })), ['spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must be specified']);
  t.same(invalid(indexed({ rules: [{ succeededIndexes: '3-1' }] })), [
    'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "3-1": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1',
  ]);
  t.same(invalid(indexed({ rules: [{ succeededIndexes: '7' }] })), [
    'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "7": error parsing succeededIndexes: too large index: "7"',
  ]);
  t.same(invalid(indexed({ rules: [{ succeededIndexes: '0,1', succeededCount: 3 }] })), [
    'spec.successPolicy.rules[0].succeededCount: Invalid value: 3: must be less than or equal to 2 (the number of indexes in the specified succeededIndexes field)',
  ]);
  t.same(invalid(indexed({ rules: [{ succeededCount: 6 }] })), [
    'spec.successPolicy.rules[0].succeededCount: Invalid value: 6: must be less than or equal to 5 (the number of specified completions)',
  ]);
});

// A restricted Pod Security Standards rule supersedes its baseline twin where both report the
// same field, as pod-security-admission's OverrideCheckIDs do at restricted level
// (policy/check_capabilities_restricted.go, check_seccompProfile_restricted.go,
// check_restrictedVolumes.go) — one finding per problem, not two.
import t from 'tap';
import { lintText } from '../../src/api/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/lint/types.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: o
  annotations: {}
spec:
  securityContext:
    seccompProfile: {type: Unconfined}
  containers:
  - name: c
    image: busybox:1.36
    securityContext:
      capabilities: {add: [SYS_ADMIN], drop: [ALL]}
  volumes:
  - name: h
    hostPath: {path: /tmp}
`;

const PAIRS: [string, string, string][] = [
  ['seccomp-profile-required', 'seccomp-not-unconfined', 'spec.securityContext.seccompProfile.type'],
  ['drop-all-capabilities', 'capabilities-baseline', 'spec.containers[0].securityContext.capabilities.add[0]'],
  ['volume-types-restricted', 'no-host-path', 'spec.volumes[0].hostPath'],
];

function ids(text: string, config: ResolvedConfig = DEFAULT_CONFIG): string[] {
  return lintText(text, { config })
    .findings.filter((f) => !f.suppressed)
    .map((f) => `${f.ruleId}@${f.path}`);
}

t.test('every supersedes entry names a rule that exists', async (t) => {
  const known = new Set(builtinRules().map((r) => r.id));
  for (const r of builtinRules()) for (const id of r.definition.supersedes ?? []) t.ok(known.has(id), `${r.id} supersedes ${id}`);
});

t.test('with both rules on, the field is reported once, by the restricted rule', async (t) => {
  const found = ids(POD);
  for (const [restricted, baseline, path] of PAIRS) {
    t.ok(found.includes(`${restricted}@${path}`), `${restricted} reports ${path}`);
    t.notOk(found.includes(`${baseline}@${path}`), `${baseline} does not repeat it`);
  }
});

t.test('with the restricted rule off, the baseline rule still reports', async (t) => {
  const config: ResolvedConfig = { ...DEFAULT_CONFIG, rules: Object.fromEntries(PAIRS.map(([r]) => [r, { severity: 'off' as const }])) };
  const found = ids(POD, config);
  for (const [, baseline, path] of PAIRS) t.ok(found.includes(`${baseline}@${path}`), `${baseline} reports ${path}`);
});

t.test('suppressing the restricted rule does not hide the baseline problem', async (t) => {
  const text = POD.replace('annotations: {}', 'annotations: {podproof.dev/ignore: "seccomp-profile-required"}');
  const found = ids(text);
  t.ok(found.includes('seccomp-not-unconfined@spec.securityContext.seccompProfile.type'));
});

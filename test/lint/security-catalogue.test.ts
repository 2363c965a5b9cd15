/**
 * The security rules as RULES.md catalogues them ("Security — Pod Security Standards, baseline",
 * "… restricted", "Security — hardening beyond PSS"): id, default severity (E/W/I), and presets
 * ("off" = shipped with presets []). Kept here as a table so a rule file drifting from the
 * catalogue fails a test instead of a review (Polaris's flaw: severities kept by hand elsewhere).
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RuleDefinition } from '../../src/lint/types.js';

type Sev = 'E' | 'W' | 'I';
const BASELINE = ['recommended', 'strict', 'pss-baseline', 'pss-restricted'];
const RESTRICTED = ['recommended', 'strict', 'pss-restricted'];
const HARDENING = ['recommended', 'strict'];

const CATALOGUE: [id: string, sev: Sev, presets: string[], upstream?: string][] = [
  ['no-host-process', 'E', BASELINE, 'check_windowsHostProcess.go'],
  ['no-host-network', 'E', BASELINE, 'check_hostNamespaces.go'],
  ['no-host-pid', 'E', BASELINE, 'check_hostNamespaces.go'],
  ['no-host-ipc', 'E', BASELINE, 'check_hostNamespaces.go'],
  ['no-privileged', 'E', BASELINE, 'check_privileged.go'],
  ['capabilities-baseline', 'E', BASELINE, 'check_capabilities_baseline.go'],
  ['no-host-path', 'W', BASELINE, 'check_hostPathVolumes.go'],
  ['no-host-port', 'W', BASELINE, 'check_hostPorts.go'],
  ['apparmor-not-unconfined', 'E', BASELINE, 'check_appArmorProfile.go'],
  ['selinux-options-restricted', 'E', BASELINE, 'check_seLinuxOptions.go'],
  ['proc-mount-default', 'E', BASELINE, 'check_procMount_baseline.go'],
  ['seccomp-not-unconfined', 'E', BASELINE, 'check_seccompProfile_baseline.go'],
  ['safe-sysctls-only', 'E', BASELINE, 'check_sysctls.go'],
  ['no-probe-host', 'E', BASELINE, 'check_hostProbesAndhostLifecycle.go'],
  ['volume-types-restricted', 'E', RESTRICTED, 'check_restrictedVolumes.go'],
  ['no-privilege-escalation', 'E', RESTRICTED, 'check_allowPrivilegeEscalation.go'],
  ['run-as-non-root', 'E', RESTRICTED, 'check_runAsNonRoot.go'],
  ['no-run-as-root-user', 'E', RESTRICTED, 'check_runAsUser.go'],
  ['seccomp-profile-required', 'E', RESTRICTED, 'check_seccompProfile_restricted.go'],
  ['drop-all-capabilities', 'E', RESTRICTED, 'check_capabilities_restricted.go'],
  ['read-only-root-filesystem', 'W', HARDENING],
  ['no-container-runtime-socket', 'E', HARDENING],
  ['host-path-read-only', 'W', HARDENING],
  ['no-dangerous-capabilities', 'E', HARDENING],
  ['no-root-group', 'W', HARDENING],
  ['automount-service-account-token', 'W', HARDENING],
  ['dedicated-service-account', 'W', []],
  ['no-deprecated-service-account-field', 'W', HARDENING],
  ['no-literal-secret-env', 'E', HARDENING],
  ['secrets-as-files', 'W', []],
  ['no-host-aliases', 'I', HARDENING],
  ['no-privileged-ports', 'W', []],
  ['no-ssh-port', 'W', HARDENING],
  ['no-bidirectional-mount-propagation', 'E', HARDENING],
  ['high-uid-gid', 'W', []],
  ['trusted-registries', 'E', []],
  ['user-namespace', 'W', []],
];

const SEVERITY: Record<Sev, string> = { E: 'error', W: 'warning', I: 'info' };

for (const [id, sev, presets, upstream] of CATALOGUE) {
  t.test(id, async (t) => {
    const def = parse(readFileSync(new URL(`../../rules/${id}.yaml`, import.meta.url), 'utf8')) as RuleDefinition;
    t.equal(def.id, id);
    t.equal(def.category, 'security');
    t.equal(def.severity, SEVERITY[sev], 'severity as RULES.md');
    t.same(def.presets, presets, presets.length === 0 ? 'off: shipped but in no preset' : 'presets');
    t.same(def.check, { code: id }, 'a typed code check of the same name');
    t.match(def.remediation, /^[A-Z].*\.$/, 'remediation: an imperative sentence ending with a period');
    t.ok(def.examples.incorrect.every((e) => (e.findings ?? []).every((f) => f.line !== undefined && f.column !== undefined)), 'every asserted finding has a line and a column');
    if (upstream) {
      t.ok(
        def.source.some((s) => s.includes(`staging/src/k8s.io/pod-security-admission/policy/${upstream}`)),
        `source cites policy/${upstream}`,
      );
      t.ok(def.source.some((s) => s.includes('kubernetes.io/docs/concepts/security/pod-security-standards')), 'source cites the PSS page');
    }
  });
}

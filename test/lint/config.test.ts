/**
 * Configuration: discovery upward from each file (ESLint's cascade, `root: true` stops it),
 * presets, the three per-rule forms, option validation against the rule's schema, ignore
 * globs, suppressions, allowSuppressions, kubernetesVersion, and ConfigError with file:line
 * for everything wrong (the CLI exits 2 on it).
 */
import t from 'tap';
type Tap = typeof t;
import path from 'node:path';
import { resolveConfigFor, parseConfigFile } from '../../src/lint/config.js';
import { ConfigError } from '../../src/lint/errors.js';
import { effectiveRules } from '../../src/lint/settings.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { globMatch, matchesAny } from '../../src/lint/glob.js';

const root = path.resolve('/repo');
function reader(files: Record<string, string>) {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [path.resolve(root, k), v]));
  return (p: string) => abs[p];
}

function configError(t: Pick<Tap, 'ok' | 'equal' | 'match' | 'fail'>, fn: () => unknown, file: string, line: number | undefined, re: RegExp) {
  try {
    fn();
    t.fail('expected a ConfigError');
  } catch (e) {
    t.ok(e instanceof ConfigError, 'ConfigError');
    const ce = e as ConfigError;
    t.equal(ce.file, path.resolve(root, file), 'file');
    t.equal(ce.line, line, 'line');
    t.match(ce.message, re);
    t.ok(ce.message.startsWith(`${path.resolve(root, file)}${line ? `:${line}` : ''}: `), 'message starts with file:line');
  }
}

t.test('no config file: the recommended preset', async (t) => {
  const c = resolveConfigFor('k8s/web.yaml', reader({}), { cwd: root });
  t.same(c.extends, ['recommended']);
  t.equal(c.allowSuppressions, true);
  t.equal(c.ignored, false);
  const eff = effectiveRules(c, builtinRules());
  t.ok(eff.has('image-tag-pinned'), 'recommended rule on');
  t.notOk(eff.has('cpu-limit'), 'an off rule stays off');
});

t.test('discovery upward, nearer files override, root: true stops the search', async (t) => {
  const files = {
    '.podproof.yaml': 'extends: strict\nrules:\n  memory-limit: error\n  image-pull-policy: [warning, { forbidNever: false }]\nkubernetesVersion: "1.29"\n',
    'apps/.podproof.yaml': 'rules:\n  memory-limit: off\n  image-pull-policy: info\n',
    'vendor/.podproof.yml': 'root: true\nextends: [pss-baseline]\n',
  };
  const c = resolveConfigFor('apps/web/deploy.yaml', reader(files), { cwd: root });
  t.same(c.files, [path.resolve(root, '.podproof.yaml'), path.resolve(root, 'apps/.podproof.yaml')], 'farthest first');
  t.same(c.extends, ['strict']);
  t.equal(c.rules['memory-limit']?.severity, 'off', 'nearer file wins; `off` is a string (YAML 1.2)');
  t.equal(c.rules['image-pull-policy']?.severity, 'info');
  t.same(c.rules['image-pull-policy']?.options, { forbidNever: false }, 'severity-only override keeps the options');
  t.equal(c.kubernetesVersion, '1.29');
  const v = resolveConfigFor('vendor/x/a.yaml', reader(files), { cwd: root });
  t.same(v.files, [path.resolve(root, 'vendor/.podproof.yml')], 'root: true');
  t.same(v.extends, ['pss-baseline']);
});

t.test('--config replaces discovery', async (t) => {
  const files = { '.podproof.yaml': 'extends: strict\n', 'ci/policy.yaml': 'extends: all\n' };
  const c = resolveConfigFor('a.yaml', reader(files), { cwd: root, configPath: 'ci/policy.yaml' });
  t.same(c.extends, ['all']);
  configError(t, () => resolveConfigFor('a.yaml', reader(files), { cwd: root, configPath: 'missing.yaml' }), 'missing.yaml', undefined, /not found/);
});

t.test('rule settings: the three forms, options validated with defaults', async (t) => {
  const text = [
    'rules:',
    '  cpu-limit: warning',
    '  startup-probe: [warning, { maxInitialDelaySeconds: 30 }]',
    '  resource-bounds: { severity: error, options: { limits: { memory: { max: 4Gi } } } }',
    '',
  ].join('\n');
  const c = resolveConfigFor('a.yaml', reader({ '.podproof.yaml': text }), { cwd: root });
  const eff = effectiveRules(c, builtinRules());
  t.equal(eff.get('cpu-limit')?.severity, 'warning');
  t.same(eff.get('startup-probe')?.options, { maxInitialDelaySeconds: 30 });
  t.equal(eff.get('resource-bounds')?.severity, 'error');
  t.same(eff.get('resource-bounds')?.options, { limits: { memory: { max: '4Gi' } }, requests: {} }, 'defaults filled in');
  t.same(eff.get('image-pull-secret'), undefined, 'off rules are not in the map');
});

t.test('errors name the file and line', async (t) => {
  configError(
    t,
    () => effectiveRules(resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'extends: recommended\nrules:\n  no-such-rule: error\n' }), { cwd: root }), builtinRules()),
    '.podproof.yaml',
    3,
    /unknown rule "no-such-rule"/,
  );
  configError(
    t,
    () => effectiveRules(resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'rules:\n  cpu-request: warning\n  startup-probe: [info, { maxDelay: 5 }]\n' }), { cwd: root }), builtinRules()),
    '.podproof.yaml',
    3,
    /options of rule "startup-probe": unknown option "maxDelay"/,
  );
  configError(t, () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'extends: recommended\nrule:\n  cpu-limit: off\n' }), { cwd: root }), '.podproof.yaml', 2, /unknown setting "rule"/);
  configError(t, () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'rules:\n  cpu-limit: loud\n' }), { cwd: root }), '.podproof.yaml', 2, /rules\.cpu-limit/);
  configError(t, () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'extends: [recommended\n' }), { cwd: root }), '.podproof.yaml', 2, /not valid YAML/);
  configError(t, () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'extends: newest\n' }), { cwd: root }), '.podproof.yaml', 1, /extends/);
  configError(t, () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'suppressions:\n  - kind: Pod\n    name: web\n' }), { cwd: root }), '.podproof.yaml', 2, /missing "rules"/);
});

t.test('kubernetesVersion written as a number keeps its text (1.30 is not 1.3)', async (t) => {
  const f = parseConfigFile('/x/.podproof.yaml', 'kubernetesVersion: 1.30\n');
  t.equal(f.kubernetesVersion, '1.30');
});

t.test('ignore globs are relative to the config file', async (t) => {
  const files = { 'deploy/.podproof.yaml': 'ignore: ["generated/**", "*.tmpl.yaml", "!generated/keep.yaml"]\n' };
  const r = reader(files);
  t.equal(resolveConfigFor('deploy/generated/a.yaml', r, { cwd: root }).ignored, true);
  t.equal(resolveConfigFor('deploy/generated/keep.yaml', r, { cwd: root }).ignored, false, '! re-includes');
  t.equal(resolveConfigFor('deploy/x/web.tmpl.yaml', r, { cwd: root }).ignored, true, 'a pattern without a slash matches at any depth');
  t.equal(resolveConfigFor('deploy/web.yaml', r, { cwd: root }).ignored, false);
});

t.test('suppressions accumulate; allowSuppressions: false sticks', async (t) => {
  const files = {
    '.podproof.yaml': 'allowSuppressions: false\nsuppressions:\n  - { kind: Deployment, name: legacy-*, rules: [no-privileged], reason: vendor chart }\n',
    'team/.podproof.yaml': 'allowSuppressions: true\nsuppressions:\n  - { namespace: kube-system, rules: ["*"] }\n',
  };
  const c = resolveConfigFor('team/a.yaml', reader(files), { cwd: root });
  t.equal(c.allowSuppressions, false, 'a nearer file cannot turn it back on');
  t.equal(c.suppressions.length, 2);
  t.same(c.suppressions[0], { kind: 'Deployment', name: 'legacy-*', rules: ['no-privileged'], reason: 'vendor chart', source: { file: path.resolve(root, '.podproof.yaml'), line: 3 } });
});

t.test('globs', async (t) => {
  t.ok(globMatch('**/etc/kubernetes/manifests/**', '/etc/kubernetes/manifests/kube-apiserver.yaml'));
  t.ok(globMatch('/etc/kubernetes/manifests/**', 'etc/kubernetes/manifests/a.yaml'));
  t.notOk(globMatch('vendor/**', 'src/vendor/a.yaml'), 'a pattern with a slash is anchored');
  t.ok(globMatch('*.{yaml,yml}', 'a/b/c.yml'));
  t.ok(globMatch('a/?.yaml', 'a/b.yaml'));
  t.notOk(globMatch('a/*.yaml', 'a/b/c.yaml'), '* does not cross folders');
  t.ok(matchesAny(['x/**', '!x/keep/**'], 'x/a.yaml'));
  t.notOk(matchesAny(['x/**', '!x/keep/**'], 'x/keep/a.yaml'));
});

t.test('the configuration example in docs/rules/README.md is valid', async (t) => {
  const { renderRulesIndex } = await import('../../src/lint/docs.js');
  const index = renderRulesIndex(builtinRules());
  const block = /## Configure[\s\S]*?```yaml\n([\s\S]*?)```/.exec(index)?.[1];
  t.ok(block, 'the example is there');
  const file = parseConfigFile('/repo/.podproof.yaml', block ?? '');
  const c = resolveConfigFor('/repo/a.yaml', (p) => (p === '/repo/.podproof.yaml' ? block : undefined), { cwd: root });
  t.same(file.extends, ['recommended', 'pss-restricted']);
  t.doesNotThrow(() => effectiveRules(c, builtinRules()), 'every rule id and option in it exists');
});

t.test('extends a shared configuration file (a policy owner\'s), which the nearer file overrides', async (t) => {
  const files = {
    'policy/base.yaml': 'extends: strict\nallowSuppressions: false\nrules:\n  cpu-limit: error\n  memory-limit: error\n',
    'app/.podproof.yaml': 'extends: [../policy/base.yaml, pss-baseline]\nrules:\n  memory-limit: warning\n',
  };
  const c = resolveConfigFor('app/web.yaml', reader(files), { cwd: root });
  t.same(c.files, [path.resolve(root, 'policy/base.yaml'), path.resolve(root, 'app/.podproof.yaml')]);
  t.same(c.extends, ['strict', 'pss-baseline']);
  t.equal(c.rules['cpu-limit']?.severity, 'error');
  t.equal(c.rules['memory-limit']?.severity, 'warning', 'the extending file wins');
  t.equal(c.allowSuppressions, false, 'and cannot turn suppressions back on');
  configError(t, () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'extends: missing.yaml\n' }), { cwd: root }), '.podproof.yaml', undefined, /does not exist/);
  configError(
    t,
    () => resolveConfigFor('a.yaml', reader({ '.podproof.yaml': 'extends: a.yaml\n', 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: a.yaml\n' }), { cwd: root }),
    'b.yaml',
    undefined,
    /cycle/,
  );
});

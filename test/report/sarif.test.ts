/**
 * SARIF output validated against the official OASIS SARIF 2.1.0 JSON schema
 * (test/fixtures/sarif/sarif-schema-2.1.0.json, see its README), plus the properties GitHub
 * code scanning reads: tool.driver.rules with ruleIndex, levels (SARIF §3.27.10: error, warning,
 * note), physical locations relative to %SRCROOT% (§3.4.4 uriBaseId, §3.14.14
 * originalUriBaseIds), suppressions (§3.35) and partialFingerprints (§3.27.17).
 */
import t from 'tap';
import type { Finding } from '../../src/model/finding.js';
import { artifactLocation, formatReport, ruleName, sarifLevel, toSarif } from '../../src/report/index.js';
import { CWD, FATAL, input, INVALID, results, RULES } from './fixtures.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Record<string, unknown>[];
  }[];
}

const log = (): SarifLog => JSON.parse(formatReport('sarif', input())) as SarifLog;

t.test('valid against the official SARIF 2.1.0 schema', async (t) => {
  const ok = validate(log());
  t.ok(ok, JSON.stringify(validate.errors, null, 2));
  // The schema does reject what it should (so the check above is not vacuous).
  const broken = log() as unknown as { runs: { results: Record<string, unknown>[] }[] };
  broken.runs[0]!.results[0]!.level = 'fatal';
  t.notOk(validate(broken), 'a level outside none/note/warning/error is rejected');
  // An empty run is valid too.
  t.ok(validate(toSarif({ results: [], rules: [], cwd: CWD, toolVersion: '0.1.0' })), JSON.stringify(validate.errors));
});

t.test('tool.driver and the rules that fired', async (t) => {
  const run = log().runs[0]!;
  t.equal(log().version, '2.1.0');
  t.match(run.tool.driver, { name: 'podproof', version: '0.1.0', informationUri: 'https://github.com/podproof/podproof' });
  // Every rule that fired (suppressed ones too, their results reference them), in id order.
  t.same(
    run.tool.driver.rules.map((r) => r.id),
    ['invalid', 'liveness-probe', 'no-latest-tag', 'no-root', 'parse-error'],
  );
  const probe = run.tool.driver.rules[1]!;
  t.match(probe, {
    id: 'liveness-probe',
    name: 'LivenessProbe',
    shortDescription: { text: 'Require a liveness probe on long-running containers.' },
    fullDescription: { text: 'Require a liveness probe on long-running containers. The kubelet restarts a container whose liveness probe fails.' },
    helpUri: RULES[0]!.helpUri,
    defaultConfiguration: { level: 'note' },
    properties: { category: 'reliability' },
  });
  t.match((probe.help as { text: string }).text, /Fix: Add a livenessProbe\./);
  t.match((probe.help as { markdown: string }).markdown, /\[Documentation\]\(https:\/\/github\.com\/podproof/);
  // The built-in rule metadata is used for `invalid` although the input's rules omit it.
  t.match(run.tool.driver.rules[0], { id: 'invalid', properties: { category: 'validation' }, defaultConfiguration: { level: 'error' } });
});

t.test('results: ruleIndex, level, location relative to %SRCROOT%, logical locations', async (t) => {
  const run = log().runs[0]!;
  t.same(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
  const byRule = new Map(run.results.map((r) => [r.ruleId as string, r]));
  const invalid = byRule.get('invalid')!;
  t.match(invalid, {
    ruleIndex: 0,
    level: 'error',
    message: { text: 'Bad value.' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'pods/web.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 6, startColumn: 18, endLine: 6, endColumn: 22 },
        },
        logicalLocations: [
          { name: 'web', fullyQualifiedName: 'Pod/web', kind: 'object' },
          { name: 'spec.restartPolicy', fullyQualifiedName: 'Pod/web:spec.restartPolicy', kind: 'property' },
        ],
      },
    ],
  });
  t.match(byRule.get('liveness-probe'), { ruleIndex: 1, level: 'note' });
  t.match(byRule.get('no-latest-tag'), { ruleIndex: 2, level: 'warning', properties: { container: 'app' } });
  t.match(byRule.get('parse-error'), { ruleIndex: 4, level: 'error', properties: { fatal: true } });
  for (const r of run.results) {
    const rules = run.tool.driver.rules;
    t.equal(rules[r.ruleIndex as number]?.id, r.ruleId, `ruleIndex of ${String(r.ruleId)} points at its rule`);
  }
});

t.test('suppressed findings are results with suppressions', async (t) => {
  const sup = log().runs[0]!.results.find((r) => r.ruleId === 'no-root')!;
  t.same(sup.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'nginx image drops privileges itself' }]);
  const byConfig = toSarif({
    results: [{ filePath: '/repo/a.yaml', findings: [{ ...INVALID, filePath: '/repo/a.yaml', suppressed: { kind: 'config' } }] }],
    rules: [],
    cwd: CWD,
    toolVersion: '0.1.0',
  }) as unknown as SarifLog;
  t.same(byConfig.runs[0]!.results[0]!.suppressions, [{ kind: 'external', status: 'accepted' }]);
});

t.test('partialFingerprints ignore line moves but not the field or object', async (t) => {
  const fp = (f: Finding): unknown =>
    (toSarif({ results: [{ filePath: f.filePath, findings: [f] }], rules: [], cwd: CWD, toolVersion: '0' }) as unknown as SarifLog).runs[0]!
      .results[0]!.partialFingerprints;
  const a = fp(INVALID);
  t.same(fp({ ...INVALID, range: { line: 40, column: 18, endLine: 40, endColumn: 22 } }), a, 'same after lines move');
  t.not(JSON.stringify(fp({ ...INVALID, path: 'spec.dnsPolicy' })), JSON.stringify(a));
  t.not(JSON.stringify(fp({ ...INVALID, object: { kind: 'Pod', name: 'api' } })), JSON.stringify(a));
  t.match(a, { 'podproofFindingHash/v1': /^[0-9a-f]{32}$/ });
});

t.test('artifact URIs: relative and percent-encoded inside cwd, file: URIs outside', async (t) => {
  t.same(artifactLocation('/repo/my dir/a#b.yaml', CWD), { uri: 'my%20dir/a%23b.yaml', uriBaseId: '%SRCROOT%' });
  t.same(artifactLocation('k8s/web.yaml', CWD), { uri: 'k8s/web.yaml', uriBaseId: '%SRCROOT%' });
  t.same(artifactLocation('/elsewhere/x.yaml', CWD), { uri: 'file:///elsewhere/x.yaml' });
  t.same(artifactLocation('<stdin>', CWD), { uri: '%3Cstdin%3E' });
  const withOutside = toSarif({ results: [{ filePath: '/elsewhere/x.yaml', findings: [{ ...FATAL, filePath: '/elsewhere/x.yaml' }] }], rules: [], cwd: CWD, toolVersion: '0' });
  t.ok(validate(withOutside), JSON.stringify(validate.errors));
});

t.test('levels and rule names', async (t) => {
  t.same([sarifLevel('error'), sarifLevel('warning'), sarifLevel('info'), sarifLevel('off')], ['error', 'warning', 'note', 'none']);
  t.equal(ruleName('no-privileged'), 'NoPrivileged');
  t.equal(ruleName('pss-restricted/run-as-non-root'), 'PssRestrictedRunAsNonRoot');
});

t.test('quiet keeps only errors (and only their rules)', async (t) => {
  const q = JSON.parse(formatReport('sarif', { ...input(), results: results() }, { quiet: true })) as SarifLog;
  t.same(q.runs[0]!.tool.driver.rules.map((r) => r.id), ['invalid', 'parse-error']);
  t.ok(validate(q));
});

t.test('defensive: odd positions and relative help links still validate', async (t) => {
  const odd: Finding = { ...INVALID, filePath: '/repo/a.yaml', range: { line: 0, column: 0, endLine: 0, endColumn: 0 } };
  const backwards: Finding = { ...INVALID, filePath: '/repo/a.yaml', ruleId: 'custom', range: { line: 5, column: 9, endLine: 5, endColumn: 3 } };
  const log = toSarif({
    results: [{ filePath: '/repo/a.yaml', findings: [odd, backwards] }],
    rules: [{ id: 'custom', category: 'hygiene', severity: 'warning', description: 'A team rule.', helpUri: 'docs/custom.md' }],
    cwd: CWD,
    toolVersion: '0',
  }) as unknown as SarifLog;
  t.ok(validate(log), JSON.stringify(validate.errors));
  const regions = log.runs[0]!.results.map((r) => (r.locations as { physicalLocation: { region: unknown } }[])[0]!.physicalLocation.region);
  t.same(regions, [
    { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    { startLine: 5, startColumn: 9, endLine: 5, endColumn: 9 },
  ]);
  t.notOk('helpUri' in log.runs[0]!.tool.driver.rules.find((r) => r.id === 'custom')!, 'a relative helpUri is left out');
});

t.test('a safe fix becomes SARIF fixes (replacements by character offset)', async (t) => {
  const r = log().runs[0]!.results.find((x) => x.ruleId === 'no-latest-tag')!;
  t.same(r.fixes, [
    {
      description: { text: 'Add :1.27' },
      artifactChanges: [
        {
          artifactLocation: { uri: 'pods/web.yaml', uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { charOffset: 120, charLength: 5 }, insertedContent: { text: 'nginx:1.27' } }],
        },
      ],
    },
  ]);
  t.notOk('fixes' in log().runs[0]!.results.find((x) => x.ruleId === 'invalid')!);
});

t.test('security rules carry GitHub code scanning security-severity', async (t) => {
  const rules = log().runs[0]!.tool.driver.rules;
  // no-root: category security, default severity warning → medium (4.0–6.9).
  t.match(rules.find((r) => r.id === 'no-root'), { properties: { tags: ['kubernetes', 'security'], 'security-severity': '5.5' } });
  t.notOk('security-severity' in (rules.find((r) => r.id === 'liveness-probe')!.properties as object), 'not on reliability rules');
});

/**
 * Every rule's own examples are tests (ESLint/kube-linter habit): an "incorrect" example reports
 * exactly the findings it lists (rule id, path, line, column, message when given) and a
 * "correct" example reports nothing for that rule. Each example is linted with only its rule
 * enabled (severity from the rule file) so other rules cannot interfere.
 */
import t from 'tap';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { lintFile } from '../../src/lint/engine.js';
import { DEFAULT_CONFIG, type ResolvedConfig, type RuleExample } from '../../src/lint/types.js';

function run(ruleId: string, ex: RuleExample) {
  const config: ResolvedConfig = {
    ...DEFAULT_CONFIG,
    extends: [],
    rules: {
      ...Object.fromEntries((ex.alsoEnable ?? []).map((id) => [id, { severity: 'warning' as const }])),
      [ruleId]: { severity: builtinRules().find((r) => r.id === ruleId)?.definition.severity ?? 'error', ...(ex.options ? { options: ex.options } : {}) },
    },
  };
  const file = parseFile(ex.filePath ?? `${ruleId}.yaml`, ex.manifest);
  const opts = ex.kubernetesVersion ? { kubernetesVersion: ex.kubernetesVersion } : {};
  return { problems: file.problems, findings: lintFile(file, builtinRules(), config, opts).filter((f) => f.ruleId === ruleId) };
}

for (const rule of builtinRules()) {
  t.test(rule.id, async (t) => {
    for (const ex of rule.definition.examples.incorrect) {
      const { problems, findings } = run(rule.id, ex);
      t.same(problems.filter((p) => p.fatal), [], `incorrect "${ex.title}" parses`);
      const want = ex.findings ?? [];
      t.equal(findings.length, want.length, `incorrect "${ex.title}" reports ${want.length} finding(s): ${findings.map((f) => `${f.path}@${f.range.line}:${f.range.column}`).join(', ')}`);
      want.forEach((w, i) => {
        const got = findings[i];
        if (!got) return;
        t.equal(got.path, w.path, `"${ex.title}" #${i + 1} path`);
        if (w.line !== undefined) t.equal(got.range.line, w.line, `"${ex.title}" #${i + 1} line`);
        if (w.column !== undefined) t.equal(got.range.column, w.column, `"${ex.title}" #${i + 1} column`);
        if (w.message !== undefined) t.equal(got.message, w.message, `"${ex.title}" #${i + 1} message`);
        t.match(got.message, /\.$/, 'message is a sentence ending with a period');
        t.equal(got.helpUri, `https://github.com/podproof/podproof/blob/main/docs/rules/${rule.id}.md`);
      });
    }
    for (const ex of rule.definition.examples.correct) {
      const { problems, findings } = run(rule.id, ex);
      t.same(problems.filter((p) => p.fatal), [], `correct "${ex.title}" parses`);
      t.same(findings.map((f) => `${f.path}: ${f.message}`), [], `correct "${ex.title}" reports nothing`);
    }
  });
}

/**
 * Input parsing and the fail-on policy. Boolean inputs accept what @actions/core's
 * getBooleanInput accepts (YAML 1.2 core schema: true/True/TRUE/false/False/FALSE); fail-on
 * follows the CLI's exit codes (fatal input always fails, like exit code 2).
 */
import t from 'tap';
import { failureReason, InputError, readInputs, splitList } from '../../src/action/inputs.js';

const from =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? '';

t.test('defaults', async (t) => {
  t.same(readInputs(from({})), { paths: ['.'], features: [], rulesDirs: [], failOn: 'error', onlyChanged: false });
});

t.test('lists, config, sarif, booleans', async (t) => {
  const i = readInputs(
    from({ paths: 'k8s/\n  deploy/**/*.yaml  charts/{a,b}/x.yaml\n', features: 'features/', config: '.podproof.yaml', 'rules-dir': 'policy/rules', 'kubernetes-version': '1.33', 'sarif-file': 'out/p.sarif', 'only-changed': 'True', 'fail-on': 'warning' }),
  );
  t.same(i, {
    paths: ['k8s/', 'deploy/**/*.yaml', 'charts/{a,b}/x.yaml'],
    features: ['features/'],
    config: '.podproof.yaml',
    rulesDirs: ['policy/rules'],
    kubernetesVersion: '1.33',
    sarifFile: 'out/p.sarif',
    onlyChanged: true,
    failOn: 'warning',
  });
  t.same(splitList(' a  b\nc '), ['a', 'b', 'c']);
});

t.test('bad inputs are InputErrors that name the input', async (t) => {
  t.throws(() => readInputs(from({ 'fail-on': 'sometimes' })), new InputError('Input "fail-on" must be error, warning or never, not "sometimes".'));
  t.throws(() => readInputs(from({ 'kubernetes-version': '1.x' })), new InputError('Input "kubernetes-version" must look like 1.33, not "1.x".'));
  t.throws(() => readInputs(from({ 'only-changed': 'yes' })), new InputError('Input "only-changed" must be true or false, not "yes".'));
});

t.test('fail-on policy', async (t) => {
  const z = { errors: 0, warnings: 0, fatal: 0, scenariosFailed: 0 };
  t.equal(failureReason(z, 'error'), undefined);
  t.equal(failureReason({ ...z, warnings: 3 }, 'error'), undefined, 'warnings pass under fail-on error');
  t.equal(failureReason({ ...z, warnings: 3 }, 'warning'), 'podproof found 3 warnings.');
  t.equal(failureReason({ ...z, errors: 1, warnings: 1 }, 'warning'), 'podproof found 1 error, 1 warning.');
  t.equal(failureReason({ ...z, errors: 2 }, 'never'), undefined);
  t.equal(failureReason({ ...z, scenariosFailed: 1 }, 'error'), 'podproof found 1 failed scenario.');
  t.equal(failureReason({ ...z, fatal: 1, errors: 1 }, 'never'), 'podproof could not read 1 input; see the annotations.', 'unreadable input fails even with never');
});

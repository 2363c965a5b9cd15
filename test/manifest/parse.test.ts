// The manifest layer: YAML 1.1 as kubectl reads it (sigs.k8s.io/yaml over go-yaml), positions,
// multi-document files, List kinds, and the pod spec of every pod-bearing kind.
import t from 'tap';
import { objectSites, parseFile, podSpecSite } from '../../src/manifest/index.js';

const POD = `# a comment
apiVersion: v1
kind: Pod
metadata:
  name: hello-world
spec:
  restartPolicy: Mybe
  containers:
  - name: hello
    image: "busybox"
    command: ["/bin/sh", "-c", "echo Hello World"]
`;

t.test('positions point at the value, 1-based', async (t) => {
  const f = parseFile('p.yaml', POD);
  t.same(f.problems, []);
  const [site] = objectSites(f);
  t.ok(site);
  t.same(site!.rangeOf(['spec', 'restartPolicy']), { line: 7, column: 18, endLine: 7, endColumn: 22 });
  t.same(site!.keyRangeOf(['spec', 'restartPolicy']), { line: 7, column: 3, endLine: 7, endColumn: 16 });
  t.equal(site!.rangeOf(['spec', 'containers', 0, 'image']).line, 10);
  t.equal(site!.rangeOf(['spec', 'containers', 0, 'image']).column, 12);
});

t.test('a missing field points at its parent (key, or first line of a list item)', async (t) => {
  const [site] = objectSites(parseFile('p.yaml', POD));
  t.same(site!.rangeOf(['spec', 'containers', 0, 'resources', 'limits']), { line: 9, column: 5, endLine: 9, endColumn: 6 });
  t.equal(site!.rangeOf(['spec', 'dnsPolicy']).line, 6, 'spec: key line');
  t.notOk(site!.has(['spec', 'dnsPolicy']));
  t.ok(site!.has(['spec', 'restartPolicy']));
});

t.test('YAML 1.1 scalars: octal modes and yes/on booleans, as kubectl parses them', async (t) => {
  const f = parseFile('v.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  volumes:\n  - name: v\n    secret: {secretName: s, defaultMode: 0644}\n  p: yes\n  q: on\n  z: "0644"\n');
  const o = objectSites(f)[0]!.object as { spec: Record<string, unknown> };
  const vol = (o.spec.volumes as { secret: { defaultMode: number } }[])[0]!;
  t.equal(vol.secret.defaultMode, 420, '0644 is octal 420');
  t.equal(o.spec.p, true);
  t.equal(o.spec.q, true);
  t.equal(o.spec.z, '0644');
});

t.test('multi-document files, JSON, Lists, CRLF and BOM', async (t) => {
  const multi = parseFile('m.yaml', `${POD}---\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {template: {spec: {containers: []}}}\n`);
  const sites = objectSites(multi);
  t.same(sites.map((s) => s.ref.kind), ['Pod', 'Deployment']);
  t.equal(sites[1]!.rangeOf(['metadata', 'name']).line, 16);

  const json = parseFile('j.json', '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "j"},\n  "spec": {"containers": []}\n}\n');
  t.equal(objectSites(json)[0]!.rangeOf(['metadata', 'name']).line, 4);

  const list = parseFile('l.yaml', 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- apiVersion: batch/v1\n  kind: CronJob\n  metadata: {name: c}\n');
  const ls = objectSites(list);
  t.same(ls.map((s) => s.ref.name), ['a', 'c']);
  t.same(ls[1]!.basePath, ['items', 1]);
  t.equal(ls[1]!.rangeOf(['metadata', 'name']).line, 9);
  t.same(podSpecSite(ls[1]!)!.specPath, ['spec', 'jobTemplate', 'spec', 'template', 'spec']);

  const crlf = parseFile('c.yaml', POD.replace(/\n/g, '\r\n'));
  t.equal(objectSites(crlf)[0]!.rangeOf(['spec', 'restartPolicy']).line, 7);
  const bom = parseFile('b.yaml', `\uFEFF${POD}`);
  t.same(bom.problems, []);
  t.equal(objectSites(bom)[0]!.rangeOf(['spec', 'restartPolicy']).column, 18);
});

t.test('pod spec paths of every pod-bearing kind', async (t) => {
  const cases: [string, string, string[]][] = [
    ['v1', 'Pod', ['spec']],
    ['v1', 'PodTemplate', ['template', 'spec']],
    ['v1', 'ReplicationController', ['spec', 'template', 'spec']],
    ['apps/v1', 'Deployment', ['spec', 'template', 'spec']],
    ['apps/v1', 'StatefulSet', ['spec', 'template', 'spec']],
    ['apps/v1', 'DaemonSet', ['spec', 'template', 'spec']],
    ['apps/v1', 'ReplicaSet', ['spec', 'template', 'spec']],
    ['batch/v1', 'Job', ['spec', 'template', 'spec']],
    ['batch/v1', 'CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
  ];
  for (const [apiVersion, kind, path] of cases) {
    const [site] = objectSites(parseFile('k.yaml', `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n`));
    t.same(podSpecSite(site!)?.specPath, path, kind);
  }
  const [svc] = objectSites(parseFile('s.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n'));
  t.equal(podSpecSite(svc!), undefined, 'other kinds carry no pod spec');
  const [crd] = objectSites(parseFile('s.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Deployment\nmetadata: {name: s}\n'));
  t.equal(podSpecSite(crd!), undefined, 'a same-named kind in a foreign group is not a workload');
});

t.test('documents that are not Kubernetes objects are skipped', async (t) => {
  const f = parseFile('x.yaml', 'just: config\n---\n- a\n- b\n---\nplain text\n');
  t.same(f.problems, []);
  t.same(objectSites(f), []);
});

t.test('duplicate keys are reported as kubectl does (strict YAML → JSON)', async (t) => {
  const f = parseFile('d.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n');
  t.equal(f.problems.length, 1);
  t.equal(f.problems[0]!.ruleId, 'invalid');
  t.equal(f.problems[0]!.range.line, 5);
  t.match(f.problems[0]!.message, /mapping key "name" already defined at line 4/);
});

t.test('hostile and broken text never throws', async (t) => {
  const malformed = parseFile('bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n');
  t.equal(malformed.problems[0]?.ruleId, 'parse-error');
  t.equal(malformed.problems[0]?.fatal, true);
  t.ok(malformed.problems[0]!.range.line >= 4, 'points at the broken line');

  let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
    bomb += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }
  const start = Date.now();
  const b = parseFile('bomb.yaml', bomb);
  t.match(b.problems[0]?.message, /alias bomb/);
  t.ok(Date.now() - start < 2000);

  const deep = parseFile('deep.yaml', `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
  t.match(deep.problems[0]?.message, /nesting is too deep/);
  t.equal(deep.problems[0]?.range.line, 1);

  const bin = parseFile('bin.yaml', 'abc\u0000def');
  t.match(bin.problems[0]?.message, /binary/);

  const empty = parseFile('empty.yaml', '  \n');
  t.equal(empty.problems[0]?.severity, 'info');
  t.notOk(empty.problems[0]?.fatal, 'an empty file is not an error');

  const big = parseFile('big.yaml', 'a: b\n', { maxFileBytes: 3, maxAliasCount: 100, maxDocuments: 10 });
  t.match(big.problems[0]?.message, /too large/);
});

/**
 * The kubelet's $(VAR) expansion and the runtime's command/args resolution.
 * Cases are the table of kubernetes/kubernetes third_party/forked/golang/expansion/expand_test.go
 * (doExpansionTest, TestMapReference), which defines expand.go@Expand's behaviour.
 */
import t from 'tap';
import { expandKubeletVars, resolveArgv } from '../../src/shell/index.js';

const context = { VAR_A: 'A', VAR_B: 'B', VAR_C: 'C', VAR_REF: '$(VAR_A)', VAR_EMPTY: '' };

// expand_test.go@doExpansionTest, every row.
const cases: [string, string, string][] = [
  ['whole string', '$(VAR_A)', 'A'],
  ['repeat', '$(VAR_A)-$(VAR_A)', 'A-A'],
  ['beginning', '$(VAR_A)-1', 'A-1'],
  ['middle', '___$(VAR_B)___', '___B___'],
  ['end', '___$(VAR_C)', '___C'],
  ['compound', '$(VAR_A)_$(VAR_B)_$(VAR_C)', 'A_B_C'],
  ['escape & expand', '$$(VAR_B)_$(VAR_A)', '$(VAR_B)_A'],
  ['compound escape', '$$(VAR_A)_$$(VAR_B)', '$(VAR_A)_$(VAR_B)'],
  ['mixed in escapes', 'f000-$$VAR_A', 'f000-$VAR_A'],
  ['backslash escape ignored', 'foo\\$(VAR_C)bar', 'foo\\Cbar'],
  ['backslash escape ignored (2)', 'foo\\\\$(VAR_C)bar', 'foo\\\\Cbar'],
  ['lots of backslashes', 'foo\\\\\\\\$(VAR_A)bar', 'foo\\\\\\\\Abar'],
  ['nested var references', '$(VAR_A$(VAR_B))', '$(VAR_A$(VAR_B))'],
  ['nested var references second type', '$(VAR_A$(VAR_B)', '$(VAR_A$(VAR_B)'],
  ['value is a reference', '$(VAR_REF)', '$(VAR_A)'],
  ['value is a reference x 2', '%%$(VAR_REF)--$(VAR_REF)%%', '%%$(VAR_A)--$(VAR_A)%%'],
  ['empty var', 'foo$(VAR_EMPTY)bar', 'foobar'],
  ['unterminated expression', 'foo$(VAR_Awhoops!', 'foo$(VAR_Awhoops!'],
  ['expression without operator', 'f00__(VAR_A)__', 'f00__(VAR_A)__'],
  ['shell special vars pass through', '$?_boo_$!', '$?_boo_$!'],
  ['bare operators are ignored', '$VAR_A', '$VAR_A'],
  ['undefined vars are passed through', '$(VAR_DNE)', '$(VAR_DNE)'],
  ['multiple (even) operators, var undefined', '$$$$$$(BIG_MONEY)', '$$$(BIG_MONEY)'],
  ['multiple (even) operators, var defined', '$$$$$$(VAR_A)', '$$$(VAR_A)'],
  ['multiple (odd) operators, var undefined', '$$$$$$$(GOOD_ODDS)', '$$$$(GOOD_ODDS)'],
  ['multiple (odd) operators, var defined', '$$$$$$$(VAR_A)', '$$$A'],
  ['missing open expression', '$VAR_A)', '$VAR_A)'],
  ['shell syntax ignored', '${VAR_A}', '${VAR_A}'],
  ['trailing incomplete expression not consumed', '$(VAR_B)_______$(A', 'B_______$(A'],
  ['trailing incomplete expression, no content, is not consumed', '$(VAR_C)_______$(', 'C_______$('],
  ['operator at end of input string is preserved', '$(VAR_A)foobarzab$', 'Afoobarzab$'],
  ['shell escaped incomplete expr', 'foo-\\$(VAR_A', 'foo-\\$(VAR_A'],
  ['lots of $( in middle', '--$($($($($--', '--$($($($($--'],
  ['lots of $( in beginning', '$($($($($--foo$(', '$($($($($--foo$('],
  ['lots of $( at end', 'foo0--$($($($(', 'foo0--$($($($('],
  ['escaped operators in variable names are not escaped', '$(foo$$var)', '$(foo$$var)'],
  ['newline not expanded', '\n', '\n'],
];

t.test('expand_test.go doExpansionTest table', async (t) => {
  for (const [name, input, expected] of cases) t.equal(expandKubeletVars(input, context), expected, name);
});

t.test('expand_test.go TestMapReference: env values see earlier definitions', async (t) => {
  // The kubelet expands each env value with the env declared so far (kubelet_pods.go@makeEnvironmentVariables).
  const env: Record<string, string> = {};
  for (const [k, v] of [['FOO', 'bar'], ['ZOO', '$(FOO)-1'], ['BLU', '$(ZOO)-2']] as const) env[k] = expandKubeletVars(v, env);
  t.same(env, { FOO: 'bar', ZOO: 'bar-1', BLU: 'bar-1-2' });
});

t.test('resolveArgv: command replaces ENTRYPOINT and drops CMD; args alone replace CMD', async (t) => {
  // Seed 000 hello-world: command only, and command + args give the same argv.
  t.same(resolveArgv('ubuntu:14.04', ['/bin/echo', 'Hello', 'World'], undefined, {}), ['/bin/echo', 'Hello', 'World']);
  t.same(resolveArgv('ubuntu:14.04', ['/bin/echo'], ['Hello', 'World'], {}), ['/bin/echo', 'Hello', 'World']);
  // Image defaults (official Dockerfiles).
  t.same(resolveArgv('busybox', undefined, undefined, {}), ['sh']);
  t.same(resolveArgv('alpine:3.20', undefined, undefined, {}), ['/bin/sh']);
  t.same(resolveArgv('ubuntu:22.04', undefined, undefined, {}), ['/bin/bash']);
  t.same(resolveArgv('debian', undefined, undefined, {}), ['bash']);
  t.same(resolveArgv('nginx', undefined, undefined, {}), ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
  t.same(resolveArgv('docker.io/library/nginx:1.27-alpine', undefined, undefined, {}), ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
  t.same(resolveArgv('redis:7', undefined, undefined, {}), ['docker-entrypoint.sh', 'redis-server']);
  // args alone keep the ENTRYPOINT.
  t.same(resolveArgv('nginx', undefined, ['nginx-debug', '-g', 'daemon off;'], {}), ['/docker-entrypoint.sh', 'nginx-debug', '-g', 'daemon off;']);
  t.same(resolveArgv('redis', undefined, ['--port', '7000'], {}), ['docker-entrypoint.sh', '--port', '7000']);
  // busybox has no ENTRYPOINT: args are the whole command.
  t.same(resolveArgv('busybox', undefined, ['sleep', '10'], {}), ['sleep', '10']);
  // command replaces the ENTRYPOINT and drops CMD.
  t.same(resolveArgv('nginx', ['nginx'], undefined, {}), ['nginx']);
  // An empty command list is "not set" (len(command) == 0 in the kubelet and runtime).
  t.same(resolveArgv('busybox', [], [], {}), ['sh']);
  // Unknown image: its ENTRYPOINT is assumed to be named after the repository.
  t.same(resolveArgv('ghcr.io/acme/api:1.2@sha256:abc', undefined, undefined, {}), ['api']);
  t.same(resolveArgv('ghcr.io/acme/api:1.2', undefined, ['--port', '8080'], {}), ['api', '--port', '8080']);
  t.same(resolveArgv('ghcr.io/acme/api:1.2', undefined, ['sh', '-c', 'echo hi'], {}), ['sh', '-c', 'echo hi']);
});

t.test('resolveArgv applies $(VAR) expansion to command and args (kubecontainer.ExpandContainerCommandAndArgs)', async (t) => {
  const env = { MESSAGE: 'hello world', GREETING: 'Warm greetings to' };
  // kubernetes.io "Define a command and arguments": args: ["$(GREETING) $(HONORIFIC) $(NAME)"]
  t.same(resolveArgv('debian', ['printenv'], ['$(MESSAGE)', '$$(MESSAGE)', '$(NOPE)'], env), ['printenv', 'hello world', '$(MESSAGE)', '$(NOPE)']);
  t.same(resolveArgv('busybox', ['sh', '-c', 'echo $(GREETING) $HOME'], undefined, env), ['sh', '-c', 'echo Warm greetings to $HOME']);
});

t.test('only Docker Hub official images (and mirrors) and Kubernetes’ own images are "known"', async (t) => {
  const { imageInfo } = await import('../../src/shell/index.js');
  t.equal(imageInfo('nginx').known, true);
  t.equal(imageInfo('docker.io/library/nginx:1.27').known, true);
  t.equal(imageInfo('public.ecr.aws/docker/library/redis:8.10.1-alpine').known, true);
  t.equal(imageInfo('registry.k8s.io/pause:3.9').known, true);
  t.equal(imageInfo('k8s.gcr.io/busybox').known, true);
  t.equal(imageInfo('registry.istio.io/testing/calico/node:v3.27.0').known, false, 'not the official node image');
  t.equal(imageInfo('bitnami/redis:7').known, false);
  t.same(resolveArgv('registry.istio.io/testing/calico/node:v3.27.0', undefined, undefined, {}), ['node'], 'named after the repository');
  t.equal(imageInfo('nginx:1.27-alpine').flavor, 'busybox');
  t.equal(imageInfo('nginx:1.27').flavor, 'gnu');
  t.equal(imageInfo('nginx').stopSignal, 'SIGQUIT', 'the nginx Dockerfile sets STOPSIGNAL SIGQUIT');
  t.equal(imageInfo('postgres:16').stopSignal, 'SIGINT');
  t.equal(imageInfo('busybox').stopSignal, 'SIGTERM');
});

/**
 * defaults.ts mirrors pkg/apis/core/v1/defaults.go (SetDefaults_PodSpec, SetDefaults_Pod,
 * SetDefaults_Container, SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_Volume, …);
 * podspec-quantity.ts mirrors k8s.io/apimachinery/pkg/api/resource (Quantity.String,
 * CanonicalizeBytes, RoundUp) — expected strings are quantity_test.go's canonical forms.
 */
import t from 'tap';
import { defaultPodSpec, defaultPullPolicy, imageTag } from '../../src/validate/defaults.js';
import { parseExactQuantity, quantityString, roundUpToMilli, cmpQuantity } from '../../src/validate/podspec-quantity.js';

t.test('SetDefaults_PodSpec fills dnsPolicy, restartPolicy, securityContext, grace period, scheduler', (tt) => {
  const input = { containers: [{ name: 'c', image: 'nginx' }] };
  const d = defaultPodSpec(input) as Record<string, unknown>;
  tt.equal(d['dnsPolicy'], 'ClusterFirst');
  tt.equal(d['restartPolicy'], 'Always');
  tt.same(d['securityContext'], {});
  tt.equal(d['terminationGracePeriodSeconds'], 30);
  tt.equal(d['schedulerName'], 'default-scheduler');
  tt.equal(d['enableServiceLinks'], true, 'SetDefaults_Pod');
  tt.same(input, { containers: [{ name: 'c', image: 'nginx' }] }, 'input not mutated');
  tt.end();
});

t.test('SetDefaults_Container: pull policy from the tag, termination message defaults, port protocol', (tt) => {
  const d = defaultPodSpec({
    containers: [
      { name: 'a', image: 'nginx', ports: [{ containerPort: 80 }] },
      { name: 'b', image: 'nginx:1.25' },
      { name: 'c', image: 'nginx:latest' },
      { name: 'd', image: 'nginx@sha256:abc' },
      { name: 'e', image: 'localhost:5000/app' },
    ],
  }) as { containers: Record<string, unknown>[] };
  tt.same(d.containers.map((c) => c['imagePullPolicy']), ['Always', 'IfNotPresent', 'Always', 'IfNotPresent', 'Always']);
  tt.equal(d.containers[0]?.['terminationMessagePath'], '/dev/termination-log');
  tt.equal(d.containers[0]?.['terminationMessagePolicy'], 'File');
  tt.same(d.containers[0]?.['ports'], [{ containerPort: 80, protocol: 'TCP' }]);
  tt.equal(imageTag('registry:5000/ns/app:v1'), 'v1');
  tt.equal(defaultPullPolicy('busybox'), 'Always');
  tt.end();
});

t.test('SetDefaults_Probe and SetDefaults_HTTPGetAction', (tt) => {
  const d = defaultPodSpec({ containers: [{ name: 'a', image: 'i', livenessProbe: { httpGet: { port: 80 }, successThreshold: 0 } }] }) as {
    containers: { livenessProbe: Record<string, unknown> }[];
  };
  const p = d.containers[0]?.livenessProbe;
  tt.same(p, { httpGet: { port: 80, path: '/', scheme: 'HTTP' }, successThreshold: 1, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3 });
  tt.end();
});

t.test('SetDefaults_Pod: requests from limits (Pod only), host network ports', (tt) => {
  const input = { hostNetwork: true, containers: [{ name: 'a', image: 'i', resources: { limits: { cpu: '1' } }, ports: [{ containerPort: 8080 }] }] };
  const pod = defaultPodSpec(input) as { containers: { resources: { requests?: unknown }; ports: Record<string, unknown>[] }[] };
  tt.same(pod.containers[0]?.resources.requests, { cpu: '1' });
  tt.equal(pod.containers[0]?.ports[0]?.['hostPort'], 8080);
  const tmpl = defaultPodSpec(input, { pod: false }) as { containers: { resources: { requests?: unknown }; ports: Record<string, unknown>[] }[] };
  tt.equal(tmpl.containers[0]?.resources.requests, undefined, 'templates keep requests unset');
  tt.equal(tmpl.containers[0]?.ports[0]?.['hostPort'], undefined, 'templates keep hostPort unset');
  tt.end();
});

t.test('SetDefaults_Volume and volume source modes', (tt) => {
  const d = defaultPodSpec({
    containers: [],
    volumes: [{ name: 'a' }, { name: 'b', secret: { secretName: 's' } }, { name: 'c', projected: { sources: [{ serviceAccountToken: { path: 't' } }] } }, { name: 'd', hostPath: { path: '/x' } }],
  }) as unknown as { volumes: Record<string, Record<string, unknown>>[] };
  tt.same(d.volumes[0]?.['emptyDir'], {});
  tt.equal(d.volumes[1]?.['secret']?.['defaultMode'], 420);
  tt.same(d.volumes[2]?.['projected'], { sources: [{ serviceAccountToken: { path: 't', expirationSeconds: 3600 } }], defaultMode: 420 });
  tt.equal(d.volumes[3]?.['hostPath']?.['type'], '');
  tt.end();
});

t.test('defaultPodSpec tolerates non-objects and wrong types', (tt) => {
  tt.equal(defaultPodSpec(null), null);
  tt.equal(defaultPodSpec('x'), 'x');
  tt.doesNotThrow(() => defaultPodSpec({ containers: 'no', volumes: [1, null], initContainers: [{ ports: 3 }] }));
  tt.end();
});

t.test('Quantity.String canonical forms [quantity_test.go TestQuantityString / TestQuantityParseCanonical]', (tt) => {
  const canon = (s: string) => {
    const q = parseExactQuantity(s);
    return q ? quantityString(roundUpToMilli(q)) : 'INVALID';
  };
  const table: [string, string][] = [
    ['0.5', '500m'],
    ['1000m', '1'],
    ['1500m', '1500m'],
    ['1000', '1k'],
    ['1500', '1500'],
    ['1024Mi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['512', '512'],
    ['0.5Ki', '512'],
    ['100Mi', '100Mi'],
    ['1e3', '1e3'],
    ['0.0001', '1m'],
    ['0', '0'],
    ['-1', '-1'],
    ['1G', '1G'],
    ['2000000k', '2G'],
    ['abc', 'INVALID'],
    ['1.2.3', 'INVALID'],
  ];
  for (const [input, want] of table) tt.equal(canon(input), want, input);
  tt.equal(quantityString(parseExactQuantity(0.25) ?? { amount: 0n, exp10: 0, format: 'DecimalSI' }), '250m', 'JSON number');
  tt.equal(cmpQuantity(parseExactQuantity('1Gi')!, parseExactQuantity('1073741824')!), 0);
  tt.equal(cmpQuantity(parseExactQuantity('500m')!, parseExactQuantity('0.6')!), -1);
  tt.end();
});

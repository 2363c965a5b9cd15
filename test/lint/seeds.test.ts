/**
 * The seeds' own manifests through the recommended preset (the reliability, efficiency and
 * hygiene rules; security rules have their own tests). Expected findings are reasoned from the
 * seed text, not copied from output:
 * - 001 十二、Pod 示例文件: both images are `:latest`; the init container sets no resources; the
 *   startupProbe budget (30 + 3 × 3 = 39 s) ends before the livenessProbe's 60 s initial delay;
 *   neither container sets terminationMessagePolicy; it is a bare Pod. dnsPolicy is already
 *   ClusterFirstWithHostNet, probe ports are declared (80), the preStop hook is an httpGet.
 * - 000 Pod的网络: hostNetwork with the default dnsPolicy; `nginx` has no tag; no resources; the
 *   app declares a port but has no probes.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { lintFile } from '../../src/lint/engine.js';
import { DEFAULT_CONFIG } from '../../src/lint/types.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const notSecurity = (id: string) => builtinRules().find((r) => r.id === id)?.definition.category !== 'security';

function findings(name: string): string[] {
  return lintFile(parseFile(name, fixture(name)), builtinRules(), DEFAULT_CONFIG)
    .filter((f) => notSecurity(f.ruleId))
    .map((f) => `${f.ruleId} ${f.path}`);
}

t.test('seed 001, 十二、Pod 示例文件', async (t) => {
  t.same(findings('seed-001-full-pod.yaml').sort(), [
    'bare-pod kind',
    'cpu-request spec.initContainers[0].resources.requests.cpu',
    'image-tag-pinned spec.containers[0].image',
    'image-tag-pinned spec.initContainers[0].image',
    'memory-limit spec.initContainers[0].resources.limits.memory',
    'memory-request spec.initContainers[0].resources.requests.memory',
    'probe-timing spec.containers[0].startupProbe',
    'termination-message-policy spec.containers[0].terminationMessagePolicy',
    'termination-message-policy spec.initContainers[0].terminationMessagePolicy',
  ]);
});

t.test('seed 000, Pod的网络 (hostNetwork)', async (t) => {
  t.same(findings('seed-000-host-network.yaml').sort(), [
    'bare-pod kind',
    'cpu-request spec.containers[0].resources.requests.cpu',
    'host-network-dns-policy spec.dnsPolicy',
    'image-tag-pinned spec.containers[0].image',
    'liveness-probe spec.containers[0].livenessProbe',
    'memory-limit spec.containers[0].resources.limits.memory',
    'memory-request spec.containers[0].resources.requests.memory',
    'readiness-probe spec.containers[0].readinessProbe',
    'termination-message-policy spec.containers[0].terminationMessagePolicy',
  ]);
});

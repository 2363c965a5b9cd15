/**
 * Property: no rule throws on manifests of the wrong shape. The API server rejects them
 * (rule `invalid`), but linting must still finish and point at something. fast-check puts
 * arbitrary JSON values at the places checks read (containers, env, ports, probes, volumes,
 * securityContext, resources, metadata) of a Deployment and a Pod, and runs every rule.
 */
import t from 'tap';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { lintFile } from '../../src/lint/engine.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/lint/types.js';

const everything: ResolvedConfig = { ...DEFAULT_CONFIG, extends: ['all'] };

const PLACES: (string | number)[][] = [
  ['spec', 'template', 'spec', 'containers'],
  ['spec', 'template', 'spec', 'containers', 0],
  ['spec', 'template', 'spec', 'containers', 0, 'env'],
  ['spec', 'template', 'spec', 'containers', 0, 'env', 0],
  ['spec', 'template', 'spec', 'containers', 0, 'ports'],
  ['spec', 'template', 'spec', 'containers', 0, 'image'],
  ['spec', 'template', 'spec', 'containers', 0, 'resources'],
  ['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits'],
  ['spec', 'template', 'spec', 'containers', 0, 'livenessProbe'],
  ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe', 'httpGet'],
  ['spec', 'template', 'spec', 'containers', 0, 'lifecycle'],
  ['spec', 'template', 'spec', 'containers', 0, 'lifecycle', 'preStop', 'exec', 'command'],
  ['spec', 'template', 'spec', 'containers', 0, 'securityContext'],
  ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities'],
  ['spec', 'template', 'spec', 'containers', 0, 'volumeMounts'],
  ['spec', 'template', 'spec', 'initContainers'],
  ['spec', 'template', 'spec', 'volumes'],
  ['spec', 'template', 'spec', 'volumes', 0],
  ['spec', 'template', 'spec', 'securityContext'],
  ['spec', 'template', 'spec', 'affinity'],
  ['spec', 'template', 'spec', 'hostNetwork'],
  ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'],
  ['spec', 'template', 'spec', 'imagePullSecrets'],
  ['spec', 'template', 'metadata'],
  ['spec', 'template', 'metadata', 'annotations'],
  ['spec', 'template'],
  ['spec', 'replicas'],
  ['spec'],
  ['metadata'],
  ['metadata', 'annotations'],
  ['metadata', 'ownerReferences'],
];

function base(): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', annotations: { 'podproof.dev/ignore': 'cpu-limit[app]' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          securityContext: { runAsNonRoot: true },
          volumes: [{ name: 'v', emptyDir: {} }],
          initContainers: [{ name: 'init', image: 'busybox:1.36' }],
          containers: [
            {
              name: 'app',
              image: 'nginx:1.27',
              ports: [{ name: 'http', containerPort: 80 }],
              env: [{ name: 'A', value: '1' }],
              resources: { requests: { cpu: '100m' }, limits: { memory: '1Gi' } },
              livenessProbe: { httpGet: { path: '/', port: 'http' } },
              readinessProbe: { httpGet: { path: '/', port: 80 } },
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              securityContext: { capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'v', mountPath: '/v' }],
            },
          ],
        },
      },
    },
  };
}

function setIn(obj: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let cur: unknown = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i] as string | number;
    const next = (cur as Record<string | number, unknown>)[k];
    if (next === null || typeof next !== 'object') return;
    cur = next;
  }
  (cur as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}

t.test('no rule throws on wrongly shaped manifests', async (t) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...PLACES), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, asPod) => {
      const obj = base();
      for (const [path, value] of edits) setIn(obj, path, value);
      let doc: Record<string, unknown> = obj;
      if (asPod) {
        const tpl = (obj.spec as Record<string, unknown> | undefined)?.template as Record<string, unknown> | undefined;
        doc = { apiVersion: 'v1', kind: 'Pod', metadata: tpl?.metadata ?? { name: 'p' }, spec: tpl?.spec };
      }
      const text = stringify(doc);
      const findings = lintFile(parseFile('fuzz.yaml', text), builtinRules(), everything);
      for (const f of findings) {
        if (!(f.range.line >= 1 && f.range.column >= 1)) throw new Error(`bad range for ${f.ruleId}`);
        if (!/\.$/.test(f.message)) throw new Error(`message without a period: ${f.message}`);
      }
    }),
    { numRuns: 300, seed: 20261123 },
  );
  t.pass('300 runs');
});

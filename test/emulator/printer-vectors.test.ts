/**
 * Every kubectl pod-table vector from /work/shared/kubelet-vectors/status-vectors.json, a
 * transcription of kubernetes/kubernetes pkg/printers/internalversion/printers_test.go
 * (TestPrintPod, TestPrintPodWithRestartableInitContainer, TestPrintPodwide,
 * TestPrintPodConditions, TestPrintPodList, TestPrintNonTerminatedPod), run against podRow,
 * which mirrors pkg/printers/internalversion/printers.go@printPod.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { podRow } from '../../src/emulator/printer.js';
import type { Pod } from '../../src/model/k8s.js';

interface StatusVector {
  name: string;
  source: string;
  pod: Pod;
  expected: { READY: string; STATUS: string; RESTARTS: string };
  expectedOther?: { NAME?: string; AGE?: string };
  now?: string;
  options?: { wide?: boolean };
  expectedWide?: { IP: string; NODE: string; 'NOMINATED NODE': string; 'READINESS GATES': string };
}

const file = new URL('../../../shared/kubelet-vectors/status-vectors.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as { count: number; vectors: StatusVector[] };

t.equal(data.vectors.length, 39, 'all 39 vectors are present');
t.equal(data.vectors.length, data.count, 'count header matches');

for (const v of data.vectors) {
  t.test(`${v.name} (${v.source})`, (t) => {
    const now = v.now === undefined ? undefined : Date.parse(v.now);
    const row = podRow(v.pod, now);
    t.same(
      { READY: row.ready, STATUS: row.status, RESTARTS: row.restarts },
      v.expected,
      'READY, STATUS, RESTARTS',
    );
    if (v.expectedOther?.NAME !== undefined) t.equal(row.name, v.expectedOther.NAME, 'NAME');
    if (v.expectedOther?.AGE !== undefined) t.equal(row.age, v.expectedOther.AGE, 'AGE');
    if (v.expectedWide !== undefined) {
      t.same(
        {
          IP: row.ip,
          NODE: row.node,
          'NOMINATED NODE': row.nominatedNode,
          'READINESS GATES': row.readinessGates,
        },
        v.expectedWide,
        'wide columns',
      );
    }
    t.end();
  });
}

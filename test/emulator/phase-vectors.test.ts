/**
 * Every getPhase vector from /work/shared/kubelet-vectors/phase-vectors.json, a transcription of
 * kubernetes/kubernetes pkg/kubelet/kubelet_pods_test.go (TestPodPhaseWith*, revision 001a80e9),
 * run against podPhase, which mirrors pkg/kubelet/kubelet_pods.go@getPhase.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { podPhase, type PhaseFeatureGate } from '../../src/emulator/phase.js';
import type { Pod } from '../../src/model/k8s.js';

interface PhaseVector {
  name: string;
  source: string;
  pod: Pod;
  getPhaseArgs: { podIsTerminal: boolean; podHasInitialized: boolean };
  featureGates?: Record<string, boolean>;
  expectedPhase: string;
}

const file = new URL('../../../shared/kubelet-vectors/phase-vectors.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as { count: number; vectors: PhaseVector[] };

t.equal(data.vectors.length, 94, 'all 94 vectors are present');
t.equal(data.vectors.length, data.count, 'count header matches');

for (const v of data.vectors) {
  t.test(`${v.name} (${v.source})`, (t) => {
    const gates: Partial<Record<PhaseFeatureGate, boolean>> = {};
    if (v.featureGates?.ContainerRestartRules !== undefined) gates.ContainerRestartRules = v.featureGates.ContainerRestartRules;
    if (v.featureGates?.RestartAllContainersOnContainerExits !== undefined) {
      gates.RestartAllContainersOnContainerExits = v.featureGates.RestartAllContainersOnContainerExits;
    }
    const phase = podPhase(v.pod, {
      podIsTerminal: v.getPhaseArgs.podIsTerminal,
      podHasInitialized: v.getPhaseArgs.podHasInitialized,
      featureGates: gates,
    });
    t.equal(phase, v.expectedPhase);
    t.end();
  });
}

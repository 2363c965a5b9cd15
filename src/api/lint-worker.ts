/**
 * A lint worker thread: checks its share of a run's files in the two phases of LintSession,
 * handing every object back between them so reference rules see the whole run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { KubeObject } from '../model/k8s.js';
import { LintSession, type FileJob, type SessionOptions } from './lint.js';

const data = workerData as { options: SessionOptions; jobs: FileJob[] };
const port = parentPort;
if (port) {
  const session = new LintSession(data.options);
  port.postMessage(session.check(data.jobs));
  port.once('message', (m: { allObjects: KubeObject[] }) => {
    port.postMessage(session.finish(m.allObjects));
  });
}

/**
 * A failed step explains itself (STEPS.md, last paragraph; STYLE.md "Messages"): what was
 * expected, what was found, the virtual time, the pod's `kubectl get` row and its last events.
 * The spec under fixtures/ is meant to fail; it runs through the CLI as a user would run it.
 */
import t from 'tap';
import { builtCliMissing, podproof } from './cli.js';

const missing = builtCliMissing();

t.test('a failing spec through podproof test', { skip: missing }, (t) => {
  const r = podproof(['test', 'test/steps/fixtures/failing.feature', '--format', 'progress']);
  const out = r.stdout + r.stderr;
  t.equal(r.status, 1, 'exit code 1: a scenario failed');
  t.match(out, '3 scenarios (3 failed)');

  // 1. phase: expected, found, time, kubectl row, events
  t.match(out, 'Expected the pod phase to be "Succeeded"');
  t.match(out, 'Found    "Running"');
  t.match(out, 'At virtual time 1m30s');
  t.match(out, /kubectl get pods:\n\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n\s+app\s+1\/1\s+Running\s+0\s+90s/);
  t.match(out, /Last events of pod app:\n\s+t=0s\s+Normal\s+Scheduled\s+Successfully assigned default\/app to node-1/);
  t.match(out, /t=0s\s+Normal\s+Started\s+\{app\}\s+Started container app/);

  // 2. an invalid pod: later steps fail with the API server's message
  t.match(out, 'The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"');

  // 3. the table: the cells that differ, and the actual rows
  t.match(out, 'app READY: expected "0/1", found "1/1"');
  t.match(out, 'app STATUS: expected "Completed", found "Running"');
  t.match(out, 'At virtual time 10s');
  t.end();
});

/**
 * A failed step explains itself (STEPS.md, last paragraph; STYLE.md "Messages"): what was
 * expected, what was found, the virtual time, the pod's `kubectl get` row and its last events.
 * The spec under fixtures/ is meant to fail; it runs through the CLI as a user would run it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

t.test('a failed scenario attaches the pods’ timeline and events to the report', { skip: missing }, (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'podproof-attach-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'messages.ndjson');
  const r = podproof(['test', 'test/steps/fixtures/failing.feature', '--format', `message:${file}`]);
  t.equal(r.status, 1);
  const attachments = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { attachment?: { body: string; mediaType: string } })
    .flatMap((m) => (m.attachment ? [m.attachment] : []));
  t.equal(attachments.length, 3, 'one per failed scenario');
  const first = attachments[0];
  t.equal(first?.mediaType, 'text/plain');
  t.match(first?.body, /TIME\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nT\+0s\s+app\s+0\/1\s+ContainerCreating/);
  t.match(first?.body, /Normal\s+Started\s+90s\s+kubelet\s+Started container app/);
  t.match(attachments[1]?.body, 'hello-world: rejected: The Pod "hello-world" is invalid');
  t.end();
});

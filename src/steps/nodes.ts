/** Given — nodes and images: the virtual cluster the pod lands on. */
import { stepsFor, type StepSpec } from './catalogue.js';
import { memoryBytes, parseLabels, parseTaint } from './helpers.js';

const { given } = stepsFor('nodes and images');

export const nodeSteps: StepSpec[] = [
  given(
    'a node {string} with labels {string}',
    'Create the node (or add labels to it); the first node declared replaces the default node-1.',
    (w, name: string, labels: string) => w.node({ name, labels: parseLabels(labels) }),
    { example: 'Given a node "node-a" with labels "env=test,zone=a"' },
  ),
  given(
    'a node {string} with {int} CPUs and {string} of memory',
    'Create the node (or set its capacity): cores and a memory quantity.',
    (w, name: string, cpu: number, memory: string) => w.node({ name, cpu, memory: memoryBytes(memory) }),
    { example: 'Given a node "small" with 2 CPUs and "2Gi" of memory' },
  ),
  given(
    'node {string} has the taint {string}',
    'Add a taint (key[=value]:Effect) to the node, creating it if needed.',
    (w, name: string, taint: string) => w.node({ name, taints: [parseTaint(taint)] }),
    { example: 'Given node "gpu-1" has the taint "dedicated=gpu:NoSchedule"' },
  ),
  given(
    'image {string} does not exist',
    'The registry does not have this image: pulls fail with ErrImagePull, then ImagePullBackOff.',
    (w, image: string) => w.cluster.imageMissing(image),
    { example: 'Given image "nginx:does-not-exist" does not exist' },
  ),
  given(
    'image {string} is already present on the node',
    'The image is already on every node (no pull with IfNotPresent; Never can use it).',
    (w, image: string) => w.cluster.imagePresent(image),
    { example: 'Given image "ubuntu:14.04" is already present on the node' },
  ),
  given(
    'pulling image {string} takes {duration}',
    'Pulls of this image take this long (default 0 s).',
    (w, image: string, ms: number) => w.cluster.setPullTime(image, ms),
    { example: 'Given pulling image "nginx" takes 30s' },
  ),
];

/** Given — manifests: what the scenario loads. */
import { stepsFor, type StepSpec } from './catalogue.js';

const { given } = stepsFor('manifests');

export const manifestSteps: StepSpec[] = [
  given(
    'the manifest {string}',
    'Load a manifest file with one Pod or one workload (path relative to the feature file, then the working directory).',
    (w, file: string) => w.loadManifestFile(file),
    { example: 'Given the manifest "hello-world.yaml"' },
  ),
  given(
    'the manifest:',
    'Load the manifest written in the following """ doc string.',
    (w, text: string) => w.loadManifestText(text),
    { argument: 'docString', example: 'Given the manifest:\n  """\n  apiVersion: v1\n  kind: Pod\n  …\n  """' },
  ),
  given(
    'the pod {string} from {string}',
    'Load one pod by name (or a workload by name, for its pod template) from a multi-document file.',
    (w, name: string, file: string) => w.loadPodFrom(name, file),
    { example: 'Given the pod "web" from "all.yaml"' },
  ),
];

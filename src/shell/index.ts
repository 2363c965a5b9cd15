/**
 * podproof's sh-subset interpreter over a virtual file system, driven on a virtual clock by the
 * lifecycle emulator. Pure: no host file system, no child processes, no wall clock.
 *
 * What runs:
 * - Shells (`sh`, `bash`, `ash`, `dash`; `-c SCRIPT [NAME [ARGS…]]`, a script file, or no
 *   script — then the shell reads its empty stdin and exits 0, as `ubuntu` with no command does).
 * - The modelled utilities (commands.ts) and builtins (interp.ts).
 * - Known servers (programs.ts: nginx, redis-server, httpd, python -m http.server, nc -l, …) on
 *   their real default ports (nginx: the `listen` lines of its config, 80 by default — not the
 *   declared containerPort).
 * - Anything else that exists (a path in an image podproof does not know, or a program named
 *   after the image) is an unknown program: a server on the container's declared ports that
 *   exits 0 on SIGTERM/SIGINT. In a script, a bare name that is found nowhere is
 *   `sh: foo: not found` with status 127; as the container's command it is a StartError (128;
 *   126 for an exec process). See README.md in this folder for the whole model.
 * - Processes started on one ContainerFs share a PID namespace (ContainerFs.peers): an exec
 *   hook's `kill 1` or `nginx -s quit` reaches the main process.
 */
export type { Signal } from './signals.js';
export { SIGNAL_NUMBERS, parseSignal, signalExitCode } from './signals.js';
export { VolumeTree, ContainerFs, FsError, resolvePath, type Mount, type ContainerFsOptions } from './vfs.js';
export {
  startProcess,
  STEP_LIMIT,
  type ProcessOptions,
  type ProcessState,
  type RunningProcess,
} from './process.js';
export { resolveArgv, expandKubeletVars, imageInfo, imageStopSignal, parseImageRef, type ImageInfo } from './images.js';
export { profileFor, type ProgramProfile } from './programs.js';
export { formatDate } from './commands.js';
export type { PodNetwork, HostNetwork } from './runtime.js';

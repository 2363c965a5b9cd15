/** Types shared by the interpreter, the utilities and the process scheduler. */
import type { ContainerFs } from './vfs.js';
import type { ImageInfo } from './images.js';
import type { Signal } from './signals.js';

/** What a process waits for when it yields to the scheduler. */
export type Wait =
  | { kind: 'sleep'; until: number }
  /** Never wakes by itself (a server, `sleep infinity`, `tail -f`). */
  | { kind: 'forever' }
  /** The `wait` builtin: wakes when every listed task has exited, or when a trap interrupts it. */
  | { kind: 'wait'; pids: number[] };

export type Resume = 'ok' | 'interrupted';

/** Interpreter code runs as generators so a script can stop at `sleep` and resume later. */
export type Gen<T> = Generator<Wait, T, Resume>;

export type Sink = (text: string) => void;

export interface IO {
  stdin: string;
  stdout: Sink;
  stderr: Sink;
}

/** Answers an HTTP GET on a listening port: a status code, or 0 when the program answers no HTTP. */
export type HttpHandler = (path: string) => number;

/**
 * Reaches a port of the pod's own network namespace (localhost, 127.0.0.1, the pod's hostname)
 * from inside a container. Returns the HTTP status (0: connected, no HTTP answer) or 'refused'.
 */
export type PodNetwork = (port: number, path: string) => number | 'refused';

/** Reaches another host (a Service name, an external site) by name or address. */
export type HostNetwork = (host: string, port: number, path: string) => number | 'refused';

/** What a utility can see and do. */
export interface CmdCtx {
  io: IO;
  fs: ContainerFs;
  cwd: string;
  /** Exported variables (the environment a child process receives). */
  env: Record<string, string>;
  image: ImageInfo;
  hostname: string;
  declaredPorts: readonly number[];
  epochMs: number;
  /** Virtual time now (ms). */
  now(): number;
  /** `sh` or `bash`, for messages of builtins; undefined for a program run directly. */
  shellName: string;
  /** Start listening on a port (released when the owning task ends). */
  listen(port: number, http: HttpHandler): void;
  /** Start a detached background process (a daemon that forked away); returns `listen` for
   *  that process (a daemon binds its port before it forks). */
  daemonize(name: string, args: string[], body: () => Gen<number>): (port: number, http: HttpHandler) => void;
  /** HTTP client reach (wget/curl/nc); `host` undefined for this pod. */
  network(port: number, path: string, host?: string): number | 'refused';
  /** Deliver a signal to a pid in this container; false when no such process. */
  kill(pid: number, sig: Signal | 0): boolean;
  /** Live processes of the container (all process trees): pid and command name. */
  processes(): { pid: number; comm: string }[];
}

/** A utility: argv[0] is the name as invoked. */
export type CommandImpl = (ctx: CmdCtx, argv: string[]) => Gen<number>;

/**
 * A process tree running in a container, as the other processes of that container see it
 * (`kill 1`, `nginx -s quit`, `killall`, `pidof` from an exec hook or probe).
 */
export interface ContainerPeer {
  /** Live processes: pid and command name (argv[0] basename). */
  processes(): { pid: number; comm: string }[];
  /** Deliver a signal sent from inside the container; false when the pid is not this tree's. */
  signalFromInside(pid: number, sig: Signal | 0): boolean;
}

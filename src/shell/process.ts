/**
 * Processes on a virtual clock. A {@link Proc} is one container process tree (the main process
 * plus background jobs and daemons it started); each member is a {@link Task} whose body is an
 * interpreter generator. `advance(now)` runs every task that is due, in time order; nothing here
 * reads the wall clock or touches the host.
 *
 * Signal semantics (signal(7), pid_namespaces(7)):
 * - SIGKILL always ends the process with 137. Sent from inside the container to PID 1 it is
 *   ignored, like every signal PID 1 has no handler for (pid_namespaces(7)).
 * - A signal with no handler is ignored by PID 1 (the kernel applies no default action to a
 *   namespace's init), and kills any other process (exit 128 + n).
 * - A shell's `trap` handler runs after the current foreground command finishes; only the `wait`
 *   builtin is interrupted (XCU 2.11 "Signals and Error Handling", XCU wait).
 * - `exec` replaces the shell: the program's own dispositions apply; signals the shell ignored
 *   (`trap '' TERM`) stay ignored (XCU exec / execve(2)).
 */
import type { ContainerFs } from './vfs.js';
import { imageInfo, type ImageInfo } from './images.js';
import { ExitSignal, Interp, ShellState, type Dialect } from './interp.js';
import { profileFor, type ProgramProfile } from './programs.js';
import type { ContainerPeer, Gen, HostNetwork, HttpHandler, IO, PodNetwork, Resume, Sink, Wait } from './runtime.js';
import { SIGNAL_NUMBERS, signalExitCode, type Signal } from './signals.js';

export interface ProcessOptions {
  /** Already resolved: see resolveArgv. */
  argv: string[];
  env: Record<string, string>;
  fs: ContainerFs;
  cwd?: string;
  /** true for the container's main process: PID 1 signal semantics apply. */
  pid1: boolean;
  /** Virtual epoch of time 0 (ms since 1970), for `date`. */
  epochMs: number;
  /** The container's declared ports: what an unknown program (a server) listens on. */
  declaredPorts: number[];
  image: string;
  /** Append to the container log (the emulator timestamps). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Optional: how `wget`/`curl`/`nc` reach localhost ports of the pod (other containers).
   *  Without it they reach only this process tree's own ports. */
  network?: PodNetwork;
  /** Optional: how they reach other hosts (Service names, external sites). Without it every
   *  other host answers 200 with an empty body. */
  hosts?: HostNetwork;
}

export type ProcessState =
  | { state: 'running' }
  | {
      state: 'exited';
      exitCode: number;
      signal?: Signal;
      /** The runtime could not start the program; the message is the runtime's. Exit 128
       *  (reason StartError) for a container's main process, 126 for an exec (probe, hook). */
      startError?: string;
      /** Stopped by podproof: the script ran more than {@link STEP_LIMIT} commands at one virtual
       *  instant (an infinite loop without sleep). */
      runaway?: true;
    };

export interface RunningProcess {
  /** Run everything that is due at virtual time `now` (ms, never decreasing across calls).
   *  The first call starts the process at `now`. */
  advance(now: number): ProcessState;
  /** When the process will next act on its own (a sleep ends), or undefined if it only waits
   *  (a server, `sleep infinity`, `tail -f`, `wait` on a forever child) or has exited. */
  nextWake(): number | undefined;
  /** Deliver a signal at `now` (see the module comment for the semantics). */
  signal(sig: Signal, now: number): void;
  state(): ProcessState;
  /** TCP ports the process listens on now (for tcpSocket/httpGet/grpc probes). */
  listeningPorts(): number[];
  /** Answer an HTTP GET: a status code; 0 when the listener speaks no HTTP (nc, redis), which
   *  a probe treats as a failure; 'refused' when nothing listens on that port. */
  httpGet(port: number, path: string): number | 'refused';
}

/** Commands one task may run at a single virtual instant before it is stopped as a runaway. */
export const STEP_LIMIT = 100_000;

class RunawayError extends Error {}
/** Unwinds a task that was killed while it was running (e.g. `kill -9 $$` from a child). */
class TaskGone extends Error {}

export class Task {
  gen: Gen<number> | undefined;
  wait: Wait | undefined;
  waitSince = 0;
  readyAt: number | undefined;
  resume: Resume = 'ok';
  exit: { code: number; signal?: Signal; at: number } | undefined;
  profile: ProgramProfile | 'shell' = 'shell';
  /** Signals ignored across exec (`trap '' SIG` before `exec`). */
  ignored = new Set<Signal>();
  /** The task's top-level shell state (its traps), while it is a shell. */
  shell: ShellState | undefined;
  pendingTraps: Signal[] = [];
  startedAt: number;
  /** Command name (argv[0] basename), as `ps`/`pidof`/`killall` see it. */
  comm = 'sh';
  /** The signal the task dies of when its current body ends (bash's EXIT-trap-then-die). */
  dieWith: Signal | undefined;

  constructor(
    readonly pid: number,
    readonly pid1: boolean,
    readonly stdout: Sink,
    readonly stderr: Sink,
    now: number,
  ) {
    this.startedAt = now;
  }
}

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash']);
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export class Proc implements RunningProcess, ContainerPeer {
  readonly fs: ContainerFs;
  readonly image: ImageInfo;
  clock = 0;
  started = false;
  private readonly tasks: Task[] = [];
  readonly main: Task;
  private nextPid: number;
  private listeners: { port: number; owner: Task; http: HttpHandler }[] = [];
  private steps = 0;
  private stepsAt = -1;
  private current: Task | undefined;
  private rng = 20251123;
  private startError: string | undefined;
  /** A package manager (pip, apt-get, apk, npm…) installed something: any program may exist now. */
  packagesInstalled = false;
  private runaway = false;

  constructor(readonly opts: ProcessOptions) {
    this.fs = opts.fs;
    this.image = imageInfo(opts.image);
    // Exec processes (probes, hooks) get pids above those in use, as in a real container.
    const used = opts.fs.peers.flatMap((p) => p.processes().map((x) => x.pid));
    const mainPid = opts.pid1 ? 1 : Math.max(100, ...used.map((x) => x + 1));
    this.nextPid = mainPid + 1;
    this.main = new Task(mainPid, opts.pid1, (t) => opts.stdout(t), (t) => opts.stderr(t), 0);
    this.tasks.push(this.main);
    this.main.gen = this.mainBody();
    this.main.comm = (opts.argv[0] ?? 'sh').slice((opts.argv[0] ?? 'sh').lastIndexOf('/') + 1);
    // Drop finished process trees so a long-lived container does not accumulate them.
    for (let i = opts.fs.peers.length - 1; i >= 0; i--) if ((opts.fs.peers[i] as ContainerPeer).processes().length === 0 && opts.fs.peers[i] instanceof Proc && (opts.fs.peers[i] as Proc).started) opts.fs.peers.splice(i, 1);
    opts.fs.peers.push(this);
  }

  // ---------------------------------------------------------------- the container's view

  processes(): { pid: number; comm: string }[] {
    if (!this.started || this.main.exit) return [];
    return this.tasks.filter((t) => !t.exit).map((t) => ({ pid: t.pid, comm: t.comm }));
  }

  signalFromInside(pid: number, sig: Signal | 0): boolean {
    const t = this.task(pid);
    if (t === undefined || t.exit || this.main.exit || !this.started) return false;
    if (sig !== 0) {
      this.deliver(t, sig, true);
      // A handler may now be due (e.g. a trap interrupting `wait`): run it at the sender's time.
      if (this.current === undefined) this.advance(this.clock);
    }
    return true;
  }

  /** Every live process of the container. */
  containerProcesses(): { pid: number; comm: string }[] {
    return this.fs.peers.flatMap((p) => p.processes());
  }

  // ---------------------------------------------------------------- public API

  advance(now: number): ProcessState {
    if (!this.started) {
      this.started = true;
      this.clock = now;
      this.main.readyAt = now;
      this.main.startedAt = now;
    }
    if (now < this.clock) now = this.clock;
    for (;;) {
      if (this.main.exit) break;
      let pick: Task | undefined;
      let best = Infinity;
      for (const t of this.tasks) {
        if (t.exit) continue;
        const rt = this.readyTime(t);
        if (rt !== undefined && rt <= now && rt < best) {
          best = rt;
          pick = t;
        }
      }
      if (pick === undefined) break;
      this.clock = Math.max(this.clock, best);
      this.step(pick);
    }
    this.clock = now;
    return this.state();
  }

  nextWake(): number | undefined {
    if (this.main.exit || !this.started) return undefined;
    let best: number | undefined;
    for (const t of this.tasks) {
      if (t.exit) continue;
      const rt = this.readyTime(t);
      if (rt !== undefined && (best === undefined || rt < best)) best = rt;
    }
    return best;
  }

  signal(sig: Signal, now: number): void {
    this.advance(now);
    if (this.main.exit) return;
    this.deliver(this.main, sig, false);
    this.advance(now);
  }

  state(): ProcessState {
    const e = this.main.exit;
    if (e === undefined) return { state: 'running' };
    const s: ProcessState = { state: 'exited', exitCode: e.code };
    if (e.signal) s.signal = e.signal;
    if (this.startError !== undefined) s.startError = this.startError;
    if (this.runaway) s.runaway = true;
    return s;
  }

  listeningPorts(): number[] {
    if (this.main.exit) return [];
    return [...new Set(this.listeners.filter((l) => !l.owner.exit).map((l) => l.port))].sort((a, b) => a - b);
  }

  httpGet(port: number, path: string): number | 'refused' {
    if (this.main.exit) return 'refused';
    const l = this.listeners.find((x) => x.port === port && !x.owner.exit);
    if (l === undefined) return 'refused';
    try {
      return l.http(path.startsWith('/') ? path : `/${path}`);
    } catch {
      return 500;
    }
  }

  // ---------------------------------------------------------------- for the interpreter

  /** Count one command; stop a runaway loop; unwind a task that was killed mid-step. */
  tick(): void {
    if (this.current?.exit || this.main.exit) throw new TaskGone();
    if (this.stepsAt !== this.clock) {
      this.stepsAt = this.clock;
      this.steps = 0;
    }
    if (++this.steps > STEP_LIMIT) throw new RunawayError();
  }

  random(): number {
    this.rng = (Math.imul(this.rng, 1103515245) + 12345) & 0x7fffffff;
    return this.rng % 32768;
  }

  task(pid: number): Task | undefined {
    return this.tasks.find((t) => t.pid === pid);
  }

  listen(owner: Task, port: number, http: HttpHandler): void {
    this.listeners.push({ port, owner, http });
  }

  /** Without a `hosts` hook, other hosts are assumed reachable and answer 200 (empty body). */
  network(port: number, path: string, host?: string): number | 'refused' {
    if (host !== undefined) return this.opts.hosts ? this.opts.hosts(host, port, path) : 200;
    const own = this.httpGet(port, path);
    if (own !== 'refused' || this.opts.network === undefined) return own;
    return this.opts.network(port, path);
  }

  /** Start a background job: a subshell task running `body`. */
  spawn(parent: Task, state: ShellState, body: (interp: Interp) => Gen<number>, shellName: string, dialect: Dialect): Task {
    const t = new Task(this.nextPid++, false, parent.stdout, parent.stderr, this.clock);
    t.shell = state;
    t.comm = parent.comm;
    // XCU 2.11: without job control, an asynchronous list inherits SIGINT and SIGQUIT ignored.
    t.ignored = new Set([...parent.ignored, 'SIGINT', 'SIGQUIT']);
    const interp = new Interp(this, t, state, shellName, dialect, true);
    t.gen = body(interp);
    t.readyAt = this.clock;
    this.tasks.push(t);
    return t;
  }

  /** Start a detached program (a daemon). */
  spawnProgram(parent: Task, name: string, args: string[], body: () => Gen<number>): Task {
    const t = new Task(this.nextPid++, false, parent.stdout, parent.stderr, this.clock);
    t.profile = profileFor(name, args);
    t.comm = name;
    t.gen = body();
    t.readyAt = this.clock;
    this.tasks.push(t);
    return t;
  }

  /** `kill` from inside the container: this tree's pids, or another process tree's. */
  killFrom(_from: Task, pid: number, sig: Signal | 0): boolean {
    const target = pid === 0 || pid === -1 ? this.main : this.task(pid);
    if (target !== undefined) {
      if (target.exit) return false;
      if (sig !== 0) this.deliver(target, sig, true);
      return true;
    }
    return this.fs.peers.some((p) => p !== this && p.signalFromInside(pid, sig));
  }

  /** `exec` of a program: the task takes the program's signal dispositions. */
  execProgram(task: Task, name: string, args: string[]): void {
    if (task.shell) for (const [k, v] of task.shell.traps) if (v === '' && k !== 'EXIT') task.ignored.add(k as Signal);
    task.shell = undefined;
    task.pendingTraps = [];
    task.profile = profileFor(name, args);
    task.comm = name;
  }

  /** `exec sh …` (or the main process being a shell): the task becomes that shell. */
  *execShell(task: Task, argv: string[], io: IO, env: Record<string, string>, cwd: string): Gen<number> {
    if (task.shell) for (const [k, v] of task.shell.traps) if (v === '' && k !== 'EXIT') task.ignored.add(k as Signal);
    task.pendingTraps = [];
    task.profile = 'shell';
    task.comm = (argv[0] ?? 'sh').slice((argv[0] ?? 'sh').lastIndexOf('/') + 1);
    return yield* this.shellBody(task, argv, io, env, cwd, true);
  }

  /** A shell run as a foreground child (inline in the same task; it receives no signals). */
  *runNestedShell(task: Task, argv: string[], io: IO, env: Record<string, string>, cwd: string): Gen<number> {
    return yield* this.shellBody(task, argv, io, env, cwd, false);
  }

  // ---------------------------------------------------------------- internals

  private newState(env: Record<string, string>, cwd: string, ignored: Set<Signal>): ShellState {
    const st = new ShellState();
    for (const [k, v] of Object.entries(env)) {
      st.vars.set(k, v);
      st.exported.add(k);
    }
    st.cwd = cwd;
    if (!st.vars.has('PWD')) st.vars.set('PWD', cwd);
    for (const s of ignored) st.traps.set(s, '');
    return st;
  }

  private *shellBody(task: Task, argv: string[], io: IO, env: Record<string, string>, cwd: string, top: boolean): Gen<number> {
    const base = (argv[0] ?? 'sh').slice((argv[0] ?? 'sh').lastIndexOf('/') + 1);
    const bash = base === 'bash';
    const shellName = bash ? 'bash' : 'sh';
    const dialect: Dialect = bash ? 'bash' : this.image.flavor === 'busybox' ? 'busybox' : 'dash';
    const st = this.newState(env, cwd, top ? task.ignored : new Set());
    st.shellPid = top ? task.pid : this.nextPid++;
    st.arg0 = argv[0] ?? 'sh';
    let i = 1;
    let cflag = false;
    for (; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === '--' || a === '-') {
        i++;
        break;
      }
      if (!/^[-+][a-zA-Z]+$/.test(a)) {
        if (a === '--login' || a === '--norc' || a === '--noprofile' || a === '--posix') continue;
        break;
      }
      const on = a[0] === '-';
      for (const c of a.slice(1)) {
        if (c === 'c') cflag = true;
        else if (c === 'e') st.errexit = on;
        else if (c === 'x') st.xtrace = on;
        else if (c === 'u') st.nounset = on;
      }
    }
    let script: string;
    if (cflag) {
      const s = argv[i];
      if (s === undefined) {
        io.stderr(bash ? 'bash: -c: option requires an argument\n' : `${shellName}: -c requires an argument\n`);
        return 2;
      }
      script = s;
      if (argv[i + 1] !== undefined) st.arg0 = argv[i + 1] as string;
      st.params = argv.slice(i + 2);
    } else if (argv[i] !== undefined) {
      const file = argv[i] as string;
      const text = this.fs.readFile(file.includes('/') ? file : `${cwd === '/' ? '' : cwd}/${file}`);
      if (text === undefined) {
        io.stderr(bash ? `bash: ${file}: No such file or directory\n` : `${shellName}: can't open '${file}': No such file or directory\n`);
        return bash ? 127 : 2;
      }
      script = text;
      st.arg0 = file;
      st.params = argv.slice(i + 1);
    } else {
      // No script: a non-interactive shell reads its standard input, which is empty (no
      // `stdin: true` in the container spec), and exits 0 at once.
      script = io.stdin;
    }
    const interp = new Interp(this, task, st, shellName, dialect, top);
    if (top) task.shell = st;
    return yield* interp.runScript(script, io);
  }

  private *mainBody(): Gen<number> {
    const o = this.opts;
    const io: IO = { stdin: '', stdout: (t) => o.stdout(t), stderr: (t) => o.stderr(t) };
    const argv = o.argv;
    const cwd = o.cwd && o.cwd !== '' ? o.cwd : '/';
    // runc creates a missing working directory.
    this.fs.mkdir(cwd, true);
    const env: Record<string, string> = { PATH: DEFAULT_PATH, HOSTNAME: this.fs.hostname, ...o.env };
    if (env['HOME'] === undefined) env['HOME'] = '/root';
    if (argv.length === 0) {
      this.startError = 'failed to generate container spec: no command specified';
      return 128;
    }
    const st = this.newState(env, cwd, new Set());
    st.shellPid = this.main.pid;
    const interp = new Interp(this, this.main, st, 'sh', 'busybox', true);
    const name = argv[0] as string;
    const base = name.slice(name.lastIndexOf('/') + 1);
    const found = interp.resolveProgram(name);
    const bashMissing = base === 'bash' && !this.image.hasBash;
    if (found === undefined || bashMissing) {
      const why = name.includes('/') ? `stat ${name}: no such file or directory` : `executable file not found in $PATH`;
      if (!o.pid1) {
        // An exec (probe, hook, kubectl exec) of a missing program: runc's exec error, and
        // the 126 that `kubectl exec` reports ("command terminated with exit code 126").
        this.startError = `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": ${why}: unknown`;
        return 126;
      }
      // containerd/runc: the container never starts (reason StartError, exit code 128).
      this.startError = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${name}": ${why}: unknown`;
      return 128;
    }
    if (SHELL_NAMES.has(base) && found.script === undefined) return yield* this.execShell(this.main, argv, io, env, cwd);
    return yield* interp.runProgram(argv, io, true);
  }

  private readyTime(t: Task): number | undefined {
    if (t.wait?.kind === 'wait') {
      let latest = t.waitSince;
      for (const pid of t.wait.pids) {
        const c = this.task(pid);
        if (c && !c.exit) return undefined;
        if (c?.exit) latest = Math.max(latest, c.exit.at);
      }
      return latest;
    }
    return t.readyAt;
  }

  private step(t: Task): void {
    const resume = t.resume;
    t.resume = 'ok';
    t.wait = undefined;
    t.readyAt = undefined;
    const gen = t.gen;
    if (gen === undefined) {
      this.finish(t, 0);
      return;
    }
    this.current = t;
    let r: IteratorResult<Wait, number>;
    try {
      r = gen.next(resume);
    } catch (e) {
      this.current = undefined;
      if (e instanceof TaskGone) return;
      if (e instanceof RunawayError) {
        this.runaway = true;
        t.stderr(`podproof: stopped a runaway loop: more than ${STEP_LIMIT} commands at t=${this.clock / 1000}s without waiting\n`);
        this.finish(this.main, 1);
        return;
      }
      t.stderr(`sh: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      this.finish(t, 2);
      return;
    }
    this.current = undefined;
    if (t.exit) return; // killed during its own step
    if (r.done) {
      this.finish(t, r.value, t.dieWith);
      return;
    }
    const w = r.value;
    t.wait = w;
    t.waitSince = this.clock;
    if (w.kind === 'sleep') t.readyAt = Math.max(w.until, this.clock);
  }

  private finish(t: Task, code: number, signal?: Signal): void {
    if (t.exit) return;
    t.exit = signal ? { code, signal, at: this.clock } : { code, at: this.clock };
    t.gen = undefined;
    if (t === this.main) {
      for (const o of this.tasks) if (!o.exit) o.exit = { code: 137, signal: 'SIGKILL', at: this.clock };
    }
    this.listeners = this.listeners.filter((l) => !l.owner.exit);
  }

  /**
   * bash with an EXIT trap installs handlers for the terminating signals (sig.c@
   * initialize_terminating_signals: "For non-interactive shells, we only call this when a trap
   * is defined for EXIT"); on one of them it runs the EXIT trap at once and dies of the signal
   * (sig.c@termsig_handler) — as PID 1, where it cannot kill itself, it exits 128+n. The
   * foreground command does not delay it.
   */
  private bashExitTrapDeath(t: Task, sig: Signal): boolean {
    const exitTrap = t.shell?.traps.get('EXIT');
    if (t.comm !== 'bash' || t.shell === undefined || exitTrap === undefined || exitTrap === '' || this.current === t) return false;
    if (!['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGUSR1', 'SIGUSR2'].includes(sig)) return false;
    const st = t.shell;
    st.traps.delete('EXIT');
    const interp = new Interp(this, t, st, 'bash', 'bash', true);
    const io: IO = { stdin: '', stdout: t.stdout, stderr: t.stderr };
    const code = 128 + SIGNAL_NUMBERS[sig];
    t.dieWith = t.pid1 ? undefined : sig;
    t.gen = (function* (): Gen<number> {
      try {
        yield* interp.evalString(exitTrap, io);
      } catch (e) {
        if (e instanceof ExitSignal) {
          t.dieWith = undefined;
          return e.code;
        }
        throw e;
      }
      return code;
    })();
    t.wait = undefined;
    t.resume = 'ok';
    t.readyAt = this.clock;
    return true;
  }

  private deliver(t: Task, sig: Signal, fromInside: boolean): void {
    if (t.exit) return;
    if (sig === 'SIGKILL') {
      if (fromInside && t.pid1) return;
      this.finish(t, signalExitCode(sig), sig);
      return;
    }
    if (t.ignored.has(sig)) return;
    if (t.profile === 'shell') {
      const h = t.shell?.traps.get(sig);
      if (h === '') return;
      // bash(1) SIGNALS: "In all cases, bash ignores SIGQUIT" (unless trapped).
      if (h === undefined && sig === 'SIGQUIT' && t.comm === 'bash') return;
      if (h === undefined && this.bashExitTrapDeath(t, sig)) return;
      if (h !== undefined) {
        t.pendingTraps.push(sig);
        if (t.wait?.kind === 'wait') {
          t.wait = undefined;
          t.resume = 'interrupted';
          t.readyAt = this.clock;
        }
        return;
      }
    } else {
      const d = t.profile.signals[sig];
      if (d === 'ignore') return;
      if (d !== undefined) {
        this.finish(t, d.exit);
        return;
      }
    }
    // Default action: terminate — except for PID 1, to which the kernel applies none.
    if (t.pid1) return;
    this.finish(t, 128 + SIGNAL_NUMBERS[sig], sig);
  }
}

export function startProcess(opts: ProcessOptions): RunningProcess {
  return new Proc(opts);
}

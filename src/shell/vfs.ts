/**
 * The virtual file system the shell runs over. Pure: nothing here touches the host.
 *
 * A {@link VolumeTree} is a directory tree that can be mounted into several containers
 * (emptyDir and hostPath volumes are shared trees; configMap/secret/downwardAPI volumes are
 * trees the emulator writes files into). A {@link ContainerFs} is one container's view: its own
 * image tree plus mounts, resolved by the longest mount path, as the kernel's mount table does.
 */
import { populateImageLayout } from './layout.js';
import type { ContainerPeer } from './runtime.js';

export type FsNode = FileNode | DirNode;
export interface FileNode {
  kind: 'file';
  data: string;
  /** Permission bits (informational: `ls -l`, `test -x`). */
  mode: number;
}
export interface DirNode {
  kind: 'dir';
  children: Map<string, FsNode>;
  mode: number;
}

/** errno-style failures, with the strerror(3) text the utilities print. */
export type FsErrno = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EROFS' | 'EEXIST' | 'ENOTEMPTY' | 'EBUSY' | 'EINVAL';

export const STRERROR: Record<FsErrno, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EROFS: 'Read-only file system',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EBUSY: 'Device or resource busy',
  EINVAL: 'Invalid argument',
};

/** Thrown only by the convenience methods meant for the emulator (never by the interpreter). */
export class FsError extends Error {
  constructor(
    readonly code: FsErrno,
    readonly path: string,
  ) {
    super(`${path}: ${STRERROR[code]}`);
    this.name = 'FsError';
  }
}

/** Split an absolute or relative path into components, resolving `.` and `..` (no symlinks). */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** Absolute, normalised path of `path` relative to `cwd`. */
export function resolvePath(cwd: string, path: string): string {
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  return '/' + splitPath(full).join('/');
}

function newDir(mode = 0o755): DirNode {
  return { kind: 'dir', children: new Map(), mode };
}

/**
 * A directory tree. Paths given to its methods are relative to the tree's root (a leading `/`
 * is allowed and means the root).
 */
export class VolumeTree {
  readonly root: DirNode = newDir(0o777);

  /** Write a file, creating parent directories (as the kubelet's atomic writer does). */
  writeFile(path: string, data: string, mode = 0o644): void {
    const parts = splitPath(path);
    const name = parts.pop();
    if (name === undefined) throw new FsError('EISDIR', path);
    let dir = this.root;
    for (const p of parts) {
      let next = dir.children.get(p);
      if (next === undefined) {
        next = newDir();
        dir.children.set(p, next);
      }
      if (next.kind !== 'dir') throw new FsError('ENOTDIR', path);
      dir = next;
    }
    const existing = dir.children.get(name);
    if (existing?.kind === 'dir') throw new FsError('EISDIR', path);
    dir.children.set(name, { kind: 'file', data, mode });
  }

  readFile(path: string): string | undefined {
    const n = this.lookup(splitPath(path));
    return n?.kind === 'file' ? n.data : undefined;
  }

  /** Create a directory and its parents (mkdir -p). */
  mkdirp(path: string): void {
    let dir = this.root;
    for (const p of splitPath(path)) {
      let next = dir.children.get(p);
      if (next === undefined) {
        next = newDir();
        dir.children.set(p, next);
      }
      if (next.kind !== 'dir') throw new FsError('ENOTDIR', path);
      dir = next;
    }
  }

  /** The node at the given components, or undefined. */
  lookup(parts: readonly string[]): FsNode | undefined {
    let n: FsNode = this.root;
    for (const p of parts) {
      if (n.kind !== 'dir') return undefined;
      const next: FsNode | undefined = n.children.get(p);
      if (next === undefined) return undefined;
      n = next;
    }
    return n;
  }

  /** Names in a directory, sorted, or undefined when it is not a directory. */
  list(path: string): string[] | undefined {
    const n = this.lookup(splitPath(path));
    return n?.kind === 'dir' ? [...n.children.keys()].sort() : undefined;
  }
}

export interface Mount {
  mountPath: string;
  volume: VolumeTree;
  readOnly?: boolean;
  subPath?: string;
}

export interface ContainerFsOptions {
  image: string;
  hostname: string;
  mounts: Mount[];
}

interface Resolved {
  tree: VolumeTree;
  /** Components inside `tree`. */
  parts: string[];
  readOnly: boolean;
  /** The path is exactly a mount point (cannot be removed or renamed). */
  mountPoint: boolean;
}

/** The outcome of an operation that can fail with an errno. */
export type FsResult<T = void> = { ok: true; value: T } | { ok: false; code: FsErrno };

const ok = <T>(value: T): FsResult<T> => ({ ok: true, value });
const fail = <T>(code: FsErrno): FsResult<T> => ({ ok: false, code });

/** Special character devices: reads and writes that do not go to a tree. */
const DEVICES = new Set(['/dev/null', '/dev/zero', '/dev/stdout', '/dev/stderr', '/dev/stdin', '/dev/tty', '/dev/random', '/dev/urandom']);

/**
 * One container's file system. The image layer is a private tree filled with an ordinary Linux
 * layout (see `images.ts`); volume mounts overlay it. `/dev/termination-log` is an ordinary file
 * in the image tree, created empty (the kubelet bind-mounts a fresh, empty host file there:
 * kuberuntime_container.go@makeMounts); the emulator reads it with {@link readFile} on exit.
 */
export class ContainerFs {
  readonly image: string;
  readonly hostname: string;
  /** The container's own (writable) layer. */
  readonly rootTree: VolumeTree;
  /** The process trees running in this container (its main process, exec probes and hooks):
   *  they share the PID namespace as they share the file system. */
  readonly peers: ContainerPeer[] = [];
  private readonly mounts: { parts: string[]; mount: Mount; subParts: string[] }[];

  constructor(opts: ContainerFsOptions) {
    this.image = opts.image;
    this.hostname = opts.hostname;
    this.rootTree = new VolumeTree();
    populateImageLayout(this.rootTree, opts.image, opts.hostname);
    this.mounts = opts.mounts
      .map((m) => ({ parts: splitPath(m.mountPath), mount: m, subParts: splitPath(m.subPath ?? '') }))
      // Longest mount path wins, later mounts shadow earlier ones at the same path.
      .sort((a, b) => b.parts.length - a.parts.length);
    for (const m of this.mounts) {
      // The runtime creates mount points in the image layer.
      const target = m.mount.volume.lookup(m.subParts);
      if (target?.kind === 'file') {
        const dirParts = m.parts.slice(0, -1);
        this.rootTree.mkdirp('/' + dirParts.join('/'));
      } else {
        this.rootTree.mkdirp('/' + m.parts.join('/'));
        // kubelet creates a missing subPath directory in the volume (subpath.go@doSafeMakeDir).
        if (m.subParts.length > 0 && target === undefined) m.mount.volume.mkdirp('/' + m.subParts.join('/'));
      }
    }
  }

  private resolve(path: string): Resolved {
    const parts = splitPath(path);
    for (const m of this.mounts) {
      if (m.parts.length <= parts.length && m.parts.every((p, i) => parts[i] === p)) {
        return {
          tree: m.mount.volume,
          parts: [...m.subParts, ...parts.slice(m.parts.length)],
          readOnly: m.mount.readOnly === true,
          mountPoint: m.parts.length === parts.length,
        };
      }
    }
    return { tree: this.rootTree, parts, readOnly: false, mountPoint: false };
  }

  /** The node at an absolute path, following mounts. */
  stat(path: string): FsNode | undefined {
    const p = resolvePath('/', path);
    if (DEVICES.has(p)) return { kind: 'file', data: '', mode: 0o666 };
    const r = this.resolve(p);
    return r.tree.lookup(r.parts);
  }

  readFile(path: string): string | undefined {
    const p = resolvePath('/', path);
    if (DEVICES.has(p)) return '';
    const n = this.stat(p);
    return n?.kind === 'file' ? n.data : undefined;
  }

  /** Read with an errno on failure. */
  read(path: string): FsResult<string> {
    const p = resolvePath('/', path);
    if (DEVICES.has(p)) return ok('');
    const n = this.stat(p);
    if (n === undefined) return fail(this.parentIsFile(p) ? 'ENOTDIR' : 'ENOENT');
    if (n.kind === 'dir') return fail('EISDIR');
    return ok(n.data);
  }

  exists(path: string): boolean {
    return this.stat(path) !== undefined;
  }

  isDir(path: string): boolean {
    return this.stat(path)?.kind === 'dir';
  }

  /** For the emulator: throws {@link FsError} on failure. */
  writeFile(path: string, data: string, append = false): void {
    const r = this.write(path, data, append);
    if (!r.ok) throw new FsError(r.code, path);
  }

  /** Write (or append to) a file; the parent directory must exist. */
  write(path: string, data: string, append = false): FsResult {
    const p = resolvePath('/', path);
    if (DEVICES.has(p)) return ok(undefined);
    const r = this.resolve(p);
    const name = r.parts[r.parts.length - 1];
    if (name === undefined) return fail('EISDIR');
    const parent = r.tree.lookup(r.parts.slice(0, -1));
    if (parent === undefined) return fail(this.parentIsFile(p) ? 'ENOTDIR' : 'ENOENT');
    if (parent.kind !== 'dir') return fail('ENOTDIR');
    const existing = parent.children.get(name);
    if (existing?.kind === 'dir') return fail('EISDIR');
    if (r.readOnly) return fail('EROFS');
    if (existing) existing.data = append ? existing.data + data : data;
    else parent.children.set(name, { kind: 'file', data, mode: 0o644 });
    return ok(undefined);
  }

  private parentIsFile(p: string): boolean {
    const parts = splitPath(p);
    for (let i = 1; i < parts.length; i++) {
      const n = this.stat('/' + parts.slice(0, i).join('/'));
      if (n?.kind === 'file') return true;
      if (n === undefined) return false;
    }
    return false;
  }

  mkdir(path: string, parents: boolean): FsResult {
    const p = resolvePath('/', path);
    const parts = splitPath(p);
    if (parts.length === 0) return parents ? ok(undefined) : fail('EEXIST');
    if (parents) {
      for (let i = 1; i <= parts.length; i++) {
        const sub = '/' + parts.slice(0, i).join('/');
        const n = this.stat(sub);
        if (n?.kind === 'dir') continue;
        if (n?.kind === 'file') return fail(i === parts.length ? 'EEXIST' : 'ENOTDIR');
        const r = this.mkdir(sub, false);
        if (!r.ok) return r;
      }
      return ok(undefined);
    }
    const r = this.resolve(p);
    const name = r.parts[r.parts.length - 1];
    const parent = r.tree.lookup(r.parts.slice(0, -1));
    if (name === undefined || parent === undefined) return fail('ENOENT');
    if (parent.kind !== 'dir') return fail('ENOTDIR');
    if (parent.children.has(name) || r.mountPoint) return fail('EEXIST');
    if (r.readOnly) return fail('EROFS');
    parent.children.set(name, { kind: 'dir', children: new Map(), mode: 0o755 });
    return ok(undefined);
  }

  /** Remove a file, or a directory (recursively when `recursive`). */
  remove(path: string, recursive: boolean): FsResult {
    const p = resolvePath('/', path);
    const r = this.resolve(p);
    const name = r.parts[r.parts.length - 1];
    const parent = r.tree.lookup(r.parts.slice(0, -1));
    const node = r.tree.lookup(r.parts);
    if (node === undefined || name === undefined || parent?.kind !== 'dir') {
      if (r.parts.length === 0 && node !== undefined) {
        // A mount point's root: its contents can go, the mount point itself cannot.
        if (!recursive) return fail('EISDIR');
        if (r.readOnly) return fail('EROFS');
        if (node.kind === 'dir') {
          this.clearDir(p);
          return fail('EBUSY');
        }
      }
      return fail('ENOENT');
    }
    if (node.kind === 'dir' && !recursive) return fail('EISDIR');
    if (r.readOnly) return fail('EROFS');
    if (r.mountPoint) {
      if (node.kind === 'dir') this.clearDir(p);
      return fail('EBUSY');
    }
    // Mount points below the directory cannot be removed either.
    const busy = this.mounts.some((m) => {
      const mp = '/' + m.parts.join('/');
      return mp.startsWith(p + '/');
    });
    if (busy && node.kind === 'dir') {
      this.clearDir(p);
      return fail('EBUSY');
    }
    parent.children.delete(name);
    return ok(undefined);
  }

  private clearDir(p: string): void {
    for (const name of this.list(p) ?? []) this.remove(`${p === '/' ? '' : p}/${name}`, true);
  }

  /** Names in a directory (including mount points under it), sorted; undefined when not a directory. */
  list(path: string): string[] | undefined {
    const p = resolvePath('/', path);
    const n = this.stat(p);
    if (n?.kind !== 'dir') return undefined;
    const names = new Set(n.children.keys());
    const parts = splitPath(p);
    for (const m of this.mounts) {
      if (m.parts.length === parts.length + 1 && parts.every((x, i) => m.parts[i] === x)) {
        const last = m.parts[m.parts.length - 1];
        if (last !== undefined) names.add(last);
      }
    }
    return [...names].sort();
  }
}

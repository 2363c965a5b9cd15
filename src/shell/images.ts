/**
 * What podproof knows about well-known container images: their ENTRYPOINT/CMD (from the
 * official images' Dockerfiles on Docker Hub), STOPSIGNAL, which shells they ship, and whether
 * their utilities are BusyBox's or GNU's (which decides a few error-message spellings).
 *
 * Images not in the table are "unknown": podproof assumes they ship `sh` and `bash`, that their
 * ENTRYPOINT is a program named after the repository (`ghcr.io/acme/api:1.2` → `api`), and that
 * the program is a long-running server on the container's declared ports.
 */
import type { Signal } from './signals.js';

export type UtilFlavor = 'busybox' | 'gnu';

export interface ImageInfo {
  /** Repository basename without registry, tag or digest: `docker.io/library/nginx:1.25` → `nginx`. */
  name: string;
  tag: string;
  /** In the table below. */
  known: boolean;
  entrypoint: string[];
  cmd: string[];
  /** Shells present in the image. */
  hasBash: boolean;
  flavor: UtilFlavor;
  /** The image's STOPSIGNAL (SIGTERM unless the Dockerfile says otherwise). */
  stopSignal: Signal;
  /** Programs the image ships besides its ENTRYPOINT/CMD (absolute paths). */
  bins: string[];
}

interface Entry {
  entrypoint?: string[];
  cmd?: string[];
  /** Debian/Ubuntu/RHEL based (bash + GNU coreutils) unless the tag says alpine. */
  base: 'gnu' | 'busybox';
  stopSignal?: Signal;
  /** A BusyBox-based image that installs bash too. */
  bash?: boolean;
  /** Programs the image ships besides its ENTRYPOINT/CMD. */
  bins?: string[];
}

/** ENTRYPOINT/CMD as in each official image's Dockerfile (docker-library/official-images). */
const TABLE: Record<string, Entry> = {
  busybox: { cmd: ['sh'], base: 'busybox' },
  alpine: { cmd: ['/bin/sh'], base: 'busybox' },
  ubuntu: { cmd: ['/bin/bash'], base: 'gnu' },
  debian: { cmd: ['bash'], base: 'gnu' },
  centos: { cmd: ['/bin/bash'], base: 'gnu' },
  fedora: { cmd: ['/bin/bash'], base: 'gnu' },
  rockylinux: { cmd: ['/bin/bash'], base: 'gnu' },
  almalinux: { cmd: ['/bin/bash'], base: 'gnu' },
  amazonlinux: { cmd: ['/bin/bash'], base: 'gnu' },
  // nginx: Dockerfile has ENTRYPOINT ["/docker-entrypoint.sh"], CMD ["nginx", "-g", "daemon off;"],
  // STOPSIGNAL SIGQUIT (graceful shutdown).
  nginx: { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], base: 'gnu', stopSignal: 'SIGQUIT' },
  redis: { entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], base: 'gnu' },
  // httpd's STOPSIGNAL is SIGWINCH (graceful stop), which podproof does not model; SIGTERM stops it too.
  httpd: { cmd: ['httpd-foreground'], base: 'gnu' },
  postgres: { entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], base: 'gnu', stopSignal: 'SIGINT', bins: ['/usr/bin/pg_isready', '/usr/bin/psql'] },
  mysql: { entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], base: 'gnu', bins: ['/usr/bin/mysqladmin', '/usr/bin/mysql'] },
  mariadb: { entrypoint: ['docker-entrypoint.sh'], cmd: ['mariadbd'], base: 'gnu', bins: ['/usr/bin/mysqladmin', '/usr/bin/mariadb-admin'] },
  mongo: { entrypoint: ['docker-entrypoint.sh'], cmd: ['mongod'], base: 'gnu' },
  memcached: { entrypoint: ['docker-entrypoint.sh'], cmd: ['memcached'], base: 'gnu' },
  python: { cmd: ['python3'], base: 'gnu' },
  node: { entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], base: 'gnu' },
  pause: { entrypoint: ['/pause'], base: 'gnu' },
  // test/images/agnhost/Dockerfile: alpine + bash, ENTRYPOINT ["/agnhost"], CMD ["pause"].
  agnhost: { entrypoint: ['/agnhost'], cmd: ['pause'], base: 'busybox', bash: true },
  // The kubernetes.io liveness example image: a bare /server (the docs pass `args: [/server]`).
  liveness: { base: 'busybox', bins: ['/server'] },
};

/** Split an image reference into repository basename and tag. */
export function parseImageRef(image: string): { name: string; tag: string; prefix: string } {
  let ref = image.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  let tag = 'latest';
  if (colon > slash) {
    tag = ref.slice(colon + 1);
    ref = ref.slice(0, colon);
  }
  const name = ref.slice(ref.lastIndexOf('/') + 1).toLowerCase();
  return { name, tag, prefix: ref.slice(0, ref.lastIndexOf('/') + 1).toLowerCase() };
}

/** Docker Hub official images (and their usual mirrors); Kubernetes' own images by registry. */
const OFFICIAL_PREFIX = /^((docker\.io|index\.docker\.io|registry-1\.docker\.io|mirror\.gcr\.io)\/)?(library\/)?$|^public\.ecr\.aws\/docker\/library\/$/;
const K8S_PREFIX = /^(k8s\.gcr\.io|registry\.k8s\.io|gcr\.io\/google[-_]containers)\/(e2e-test-images\/)?$/;
const K8S_IMAGES = new Set(['pause', 'busybox', 'agnhost', 'liveness']);

export function imageInfo(image: string): ImageInfo {
  const { name, tag, prefix } = parseImageRef(image);
  const official = OFFICIAL_PREFIX.test(prefix) || (K8S_IMAGES.has(name) && K8S_PREFIX.test(prefix));
  const e = official ? TABLE[name] : undefined;
  const alpineTag = /(^|[-.])alpine/.test(tag);
  if (e === undefined) {
    return {
      name,
      tag,
      known: false,
      entrypoint: [name],
      cmd: [],
      hasBash: true,
      flavor: alpineTag ? 'busybox' : 'gnu',
      stopSignal: 'SIGTERM',
      bins: [],
    };
  }
  const busy = e.base === 'busybox' || alpineTag;
  return {
    name,
    tag,
    known: true,
    entrypoint: e.entrypoint ?? [],
    cmd: e.cmd ?? [],
    hasBash: !busy || e.bash === true,
    flavor: busy ? 'busybox' : 'gnu',
    stopSignal: e.stopSignal ?? 'SIGTERM',
    bins: e.bins ?? [],
  };
}

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/bash', '/bin/dash']);

/**
 * kubelet's $(VAR) expansion: third_party/forked/golang/expansion/expand.go@Expand with
 * MappingFuncFor(env). `$(NAME)` is replaced by the variable's value, `$$` is an escaped `$`,
 * an unknown `$(NAME)` and any incomplete reference are left as they are, and anything else
 * after `$` (`$VAR`, `${VAR}`, `$?`) is passed through untouched.
 */
export function expandKubeletVars(s: string, env: Record<string, string>): string {
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < s.length; cursor++) {
    if (s[cursor] !== '$' || cursor + 1 >= s.length) continue;
    out += s.slice(checkpoint, cursor);
    const rest = s.slice(cursor + 1);
    let advance = 1;
    if (rest[0] === '$') {
      // expand.go@tryReadVariableName: escaped operator.
      out += '$';
    } else if (rest[0] === '(') {
      const close = rest.indexOf(')', 1);
      if (close >= 0) {
        const name = rest.slice(1, close);
        out += Object.prototype.hasOwnProperty.call(env, name) ? (env[name] as string) : `$(${name})`;
        advance = close + 1;
      } else {
        // Incomplete reference: the operator and opener are copied, the scan resumes after "(".
        out += '$(';
      }
    } else {
      out += '$' + (rest[0] as string);
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + s.slice(checkpoint);
}

/**
 * The argv the runtime starts. Mirrors the kubelet and the runtime together:
 * - pkg/kubelet/kuberuntime/kuberuntime_container.go@generateContainerConfig calls
 *   kubecontainer.ExpandContainerCommandAndArgs (pkg/kubelet/container/helpers.go), which
 *   expands $(VAR) in every element of command and args with the container's env;
 * - the runtime then combines them with the image config as Docker does (containerd
 *   internal/cri/opts/spec_opts.go@WithProcessArgs): a non-empty command replaces ENTRYPOINT
 *   and drops CMD; args alone replace CMD and keep ENTRYPOINT; neither → ENTRYPOINT + CMD.
 * An unknown image's ENTRYPOINT is assumed to be a program named after the repository, except
 * when `args` start with a shell (then the image evidently has no ENTRYPOINT).
 */
export function resolveArgv(
  image: string,
  command: string[] | undefined,
  args: string[] | undefined,
  env: Record<string, string>,
): string[] {
  const info = imageInfo(image);
  const cmd = (command ?? []).map((c) => expandKubeletVars(c, env));
  const arg = (args ?? []).map((a) => expandKubeletVars(a, env));
  if (cmd.length > 0) return [...cmd, ...arg];
  if (arg.length > 0) {
    if (!info.known && arg[0] !== undefined && SHELL_NAMES.has(arg[0])) return arg;
    return [...info.entrypoint, ...arg];
  }
  return [...info.entrypoint, ...info.cmd];
}

/** The image's STOPSIGNAL (what CRI StopContainer sends first). */
export function imageStopSignal(image: string): Signal {
  return imageInfo(image).stopSignal;
}

/**
 * Long-running programs podproof models: what they listen on and how they react to signals.
 *
 * Signal dispositions come from each program's own source or documentation:
 * - nginx: SIGTERM/SIGINT "fast shutdown", SIGQUIT "graceful shutdown", SIGHUP reload, SIGUSR1
 *   reopen logs, SIGUSR2 upgrade binary (nginx.org/en/docs/control.html); the master exits 0.
 * - redis-server: SIGTERM and SIGINT start a shutdown (save if configured) and exit 0
 *   (redis server.c@sigShutdownHandler / prepareForShutdown); SIGHUP is ignored.
 * - Apache httpd: SIGTERM stop, SIGHUP restart, SIGUSR1 graceful restart (httpd.apache.org/docs/2.4/stopping.html).
 * - PostgreSQL: SIGTERM smart, SIGINT fast, SIGQUIT immediate shutdown; SIGHUP reload.
 * - pause (kubernetes build/pause/linux/pause.c@sigdown): SIGINT/SIGTERM → exit 0.
 * - The JVM installs handlers for SIGTERM/SIGINT/SIGHUP and exits with 128+n after shutdown hooks.
 * - node and python install no SIGTERM handler: as PID 1 they ignore it and are killed at the end
 *   of the grace period (the well-known "node as PID 1" problem); python turns SIGINT into
 *   KeyboardInterrupt (http.server catches it and exits 0).
 * - sleep, tail, nc, busybox httpd: no handlers (default actions).
 * - Unknown programs (podproof's assumption, see DESIGN.md): a server that handles SIGTERM and
 *   SIGINT by exiting 0, listening on the container's declared ports.
 */
import type { Signal } from './signals.js';

export type Disposition = 'ignore' | { exit: number };

export interface ProgramProfile {
  /** Program basename. */
  name: string;
  /** Signals the program handles; a missing entry means the default action (terminate, or
   *  nothing at all for PID 1). */
  signals: Partial<Record<Signal, Disposition>>;
}

const exit0: Disposition = { exit: 0 };

const PROFILES: Record<string, Partial<Record<Signal, Disposition>>> = {
  nginx: { SIGTERM: exit0, SIGINT: exit0, SIGQUIT: exit0, SIGHUP: 'ignore', SIGUSR1: 'ignore', SIGUSR2: 'ignore' },
  'nginx-debug': { SIGTERM: exit0, SIGINT: exit0, SIGQUIT: exit0, SIGHUP: 'ignore', SIGUSR1: 'ignore', SIGUSR2: 'ignore' },
  'redis-server': { SIGTERM: exit0, SIGINT: exit0, SIGHUP: 'ignore' },
  'redis-sentinel': { SIGTERM: exit0, SIGINT: exit0, SIGHUP: 'ignore' },
  'httpd-foreground': { SIGTERM: exit0, SIGINT: exit0, SIGHUP: 'ignore', SIGUSR1: 'ignore' },
  apache2: { SIGTERM: exit0, SIGINT: exit0, SIGHUP: 'ignore', SIGUSR1: 'ignore' },
  postgres: { SIGTERM: exit0, SIGINT: exit0, SIGQUIT: exit0, SIGHUP: 'ignore' },
  mysqld: { SIGTERM: exit0, SIGHUP: 'ignore' },
  mariadbd: { SIGTERM: exit0, SIGHUP: 'ignore' },
  mongod: { SIGTERM: exit0, SIGINT: exit0 },
  memcached: { SIGTERM: exit0, SIGINT: exit0 },
  pause: { SIGTERM: exit0, SIGINT: exit0 },
  java: { SIGTERM: { exit: 143 }, SIGINT: { exit: 130 }, SIGHUP: { exit: 129 } },
  node: {},
  sleep: {},
  tail: {},
  nc: {},
  cat: {},
};

/** Default listening ports of known servers (their shipped configuration). */
export const DEFAULT_PORTS: Record<string, number[]> = {
  nginx: [80],
  'nginx-debug': [80],
  'redis-server': [6379],
  'redis-sentinel': [26379],
  'httpd-foreground': [80],
  apache2: [80],
  postgres: [5432],
  mysqld: [3306],
  mariadbd: [3306],
  mongod: [27017],
  memcached: [11211],
  pause: [],
};

/** Long-running daemons: servers wherever they are started. */
export const DAEMONS = new Set([...Object.keys(DEFAULT_PORTS), 'httpd']);

/** Arguments that make any program print something and exit at once (version, help, config test). */
export const ONE_SHOT_FLAGS = new Set(['-v', '-V', '--version', 'version', '-h', '--help', 'help', '-t', '-T', '-version']);

/**
 * Utilities real images ship that podproof does not model: they succeed at once without
 * output (BusyBox applets and common Debian/Ubuntu tools).
 */
export const UNMODELLED = new Set([
  'find', 'xargs', 'nslookup', 'sysctl', 'base64', 'chroot', 'getent', 'ping', 'telnet', 'mount',
  'umount', 'ip', 'ifconfig', 'route', 'netstat', 'dd', 'gzip', 'gunzip', 'tar', 'md5sum', 'sha256sum', 'sha1sum', 'od',
  'hexdump', 'chown', 'chgrp', 'addgroup', 'adduser', 'su', 'logger', 'diff', 'readlink', 'realpath', 'mktemp', 'xxd',
  'apt-get', 'apt', 'dpkg', 'apk', 'pip', 'pip3', 'npm', 'yarn', 'git', 'gem', 'conda', 'install', 'tput', 'setsid', 'nohup', 'free', 'df',
  'du', 'top', 'vi', 'less', 'more', 'watch', 'which', 'unzip', 'usleep', 'ldd', 'iptables', 'service', 'update-ca-certificates',
]);

/** Names that are servers podproof knows, whatever the image. */
export const KNOWN_SERVERS = new Set([...Object.keys(DEFAULT_PORTS), 'java', 'node', 'python', 'python3', 'agnhost']);

export function profileFor(name: string, args: readonly string[]): ProgramProfile {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base === 'python' || base === 'python3' || /^python3\.\d+$/.test(base)) {
    const httpServer = args.includes('http.server') || args.includes('SimpleHTTPServer');
    return { name: base, signals: { SIGINT: { exit: httpServer ? 0 : 130 } } };
  }
  if (base === 'httpd') {
    // BusyBox httpd (no handlers) vs Apache's httpd binary.
    return { name: base, signals: args.includes('-DFOREGROUND') ? (PROFILES['httpd-foreground'] ?? {}) : {} };
  }
  const known = PROFILES[base];
  if (known !== undefined) return { name: base, signals: known };
  return { name: base, signals: { SIGTERM: exit0, SIGINT: exit0 } };
}

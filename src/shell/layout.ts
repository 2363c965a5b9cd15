/**
 * The files a fresh container starts with: an ordinary Linux layout plus image-specific files.
 * What the kubelet itself puts in (/etc/hosts, /etc/hostname, /etc/resolv.conf,
 * /dev/termination-log: kubelet_pods.go@makeMounts and kuberuntime_container.go@makeMounts) is
 * written here with the kubelet's defaults; the emulator may overwrite them (pod IP, DNS).
 */
import type { VolumeTree } from './vfs.js';
import { imageInfo } from './images.js';

/** Utilities every image with a shell ships (BusyBox applets or GNU coreutils). */
export const COMMON_UTILITIES = [
  'sh', 'echo', 'printf', 'sleep', 'true', 'false', 'test', '[', 'cat', 'touch', 'rm', 'mkdir',
  'rmdir', 'ls', 'date', 'env', 'printenv', 'hostname', 'kill', 'head', 'tail', 'wc', 'grep',
  'cp', 'mv', 'pwd', 'id', 'whoami', 'uname', 'basename', 'dirname', 'seq', 'tee', 'yes', 'sort',
  'expr', 'tr', 'cut', 'uniq', 'stat', 'ln', 'chmod', 'sync', 'timeout', 'kill', 'pidof', 'sed', 'awk',
];
/** BusyBox-only applets (modelled or not). */
export const BUSYBOX_EXTRA = ['ash', 'nc', 'wget', 'httpd', 'busybox', 'awk', 'sed', 'find', 'xargs', 'ps', 'killall', 'pkill', 'nslookup', 'sysctl',
  'base64', 'chroot', 'ping', 'telnet', 'mount', 'umount', 'ip', 'ifconfig', 'route', 'netstat', 'dd', 'gzip', 'gunzip', 'tar',
  'md5sum', 'sha256sum', 'sha1sum', 'od', 'hexdump', 'chown', 'chgrp', 'addgroup', 'adduser', 'su', 'logger', 'diff',
  'readlink', 'realpath', 'mktemp', 'xxd', 'setsid', 'nohup', 'free', 'df', 'du', 'top', 'vi', 'less', 'more', 'watch',
  'which', 'unzip', 'usleep', 'install'];
/** Debian/Ubuntu base tools (coreutils, findutils, mawk, sed, tar, apt…). */
export const GNU_EXTRA = ['dash', 'awk', 'mawk', 'sed', 'find', 'xargs', 'base64', 'chroot', 'getent', 'mount', 'umount', 'dd',
  'gzip', 'gunzip', 'tar', 'md5sum', 'sha256sum', 'sha1sum', 'od', 'chown', 'chgrp', 'su', 'diff', 'readlink', 'realpath',
  'mktemp', 'apt-get', 'apt', 'dpkg', 'install', 'setsid', 'nohup', 'df', 'du', 'which', 'logger'];

const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
</head>
<body>
<h1>An error occurred.</h1>
</body>
</html>
`;

/** nginx image: /etc/nginx/conf.d/default.conf as shipped (listens on 80). */
const NGINX_DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

const NGINX_CONF = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    access_log  /var/log/nginx/access.log  main;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
`;

const ENTRYPOINT_SCRIPT = `#!/bin/sh
# podproof model of the official image's entrypoint: it prepares and then runs exec "$@".
exec "$@"
`;

/**
 * nginx's /docker-entrypoint.sh (docker-library/nginx), reduced to what it prints: it lists
 * /docker-entrypoint.d/ and announces each script (their own output is not modelled), then
 * `exec "$@"`. NGINX_ENTRYPOINT_QUIET_LOGS silences it, as upstream.
 */
const NGINX_ENTRYPOINT = `#!/bin/sh
set -e
entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}
if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if [ -n "$(ls -A /docker-entrypoint.d/ 2>/dev/null)" ]; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in /docker-entrypoint.d/*; do
            case "$f" in
                *.envsh) entrypoint_log "$0: Sourcing $f" ;;
                *.sh) entrypoint_log "$0: Launching $f" ;;
                *) entrypoint_log "$0: Ignoring $f" ;;
            esac
        done
        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi
exec "$@"
`;

/**
 * The official images' docker-entrypoint.sh: when the first argument is an option (or, for
 * redis, a *.conf file), the default program is put in front (`set -- redis-server "$@"`).
 */
function entrypointScript(program: string | undefined, conf: boolean): string {
  if (program === undefined) return ENTRYPOINT_SCRIPT;
  return `#!/bin/sh
# podproof model of the official image's docker-entrypoint.sh.
case "$1" in -*${conf ? '|*.conf' : ''}) set -- ${program} "$@" ;; esac
exec "$@"
`;
}

export function populateImageLayout(tree: VolumeTree, image: string, hostname: string): void {
  const info = imageInfo(image);
  for (const d of ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/share', '/usr/lib', '/lib',
    '/etc', '/var/log', '/var/tmp', '/var/run', '/run', '/root', '/home', '/opt', '/srv', '/mnt', '/proc/1', '/sys', '/dev/shm']) {
    tree.mkdirp(d);
  }
  tree.mkdirp('/tmp');
  const tmp = tree.lookup(['tmp']);
  if (tmp) tmp.mode = 0o1777;
  const utilities = [...COMMON_UTILITIES, ...(info.flavor === 'busybox' ? BUSYBOX_EXTRA : GNU_EXTRA)];
  if (info.hasBash) utilities.push('bash');
  const binText = info.flavor === 'busybox' ? '#!busybox\n' : '#!elf\n';
  for (const u of utilities) tree.writeFile(`/bin/${u}`, binText, 0o755);

  const shell = info.hasBash ? '/bin/bash' : '/bin/sh';
  tree.writeFile('/etc/hostname', `${hostname}\n`);
  // kubelet_pods.go@managedHostsFileContent (pod IP line added by the emulator when known).
  tree.writeFile(
    '/etc/hosts',
    '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n',
  );
  tree.writeFile('/etc/resolv.conf', 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  tree.writeFile('/etc/passwd', `root:x:0:0:root:/root:${shell}\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`);
  tree.writeFile('/etc/group', 'root:x:0:\nnogroup:x:65534:\n');
  tree.writeFile('/etc/os-release', info.flavor === 'busybox' ? 'NAME="BusyBox"\nID=busybox\n' : 'NAME="Linux"\nID=linux\n');
  tree.writeFile('/proc/version', 'Linux version 6.1.0 (podproof) #1 SMP\n');
  tree.writeFile('/proc/1/cmdline', '');
  for (const d of ['null', 'zero', 'random', 'urandom', 'tty', 'stdout', 'stderr', 'stdin']) tree.writeFile(`/dev/${d}`, '', 0o666);
  // The kubelet mounts a fresh, empty file here (terminationMessagePath default).
  tree.writeFile('/dev/termination-log', '', 0o666);

  // The image's own programs (ENTRYPOINT/CMD), where the Dockerfile puts them.
  for (const prog of [info.entrypoint[0], info.cmd[0], ...info.bins]) {
    if (prog === undefined || prog === '' || tree.lookup(['bin', prog]) !== undefined) continue;
    const path = prog.startsWith('/') ? prog : `/usr/local/bin/${prog}`;
    if (tree.readFile(path) === undefined) tree.writeFile(path, binText, 0o755);
  }
  if (info.name === 'alpine' || /alpine/.test(info.tag)) tree.writeFile('/sbin/apk', binText, 0o755);
  if (info.name === 'python') for (const p of ['pip', 'pip3']) tree.writeFile(`/usr/local/bin/${p}`, binText, 0o755);
  if (info.name === 'node') for (const p of ['npm', 'npx', 'yarn']) tree.writeFile(`/usr/local/bin/${p}`, binText, 0o755);
  // The full (buildpack-deps based) python/node images ship git, curl and wget; slim and alpine do not.
  if ((info.name === 'python' || info.name === 'node') && !/slim|alpine/.test(info.tag)) {
    for (const p of ['git', 'curl', 'wget']) tree.writeFile(`/usr/bin/${p}`, binText, 0o755);
  }
  switch (info.name) {
    case 'nginx':
      tree.writeFile('/usr/sbin/nginx', binText, 0o755);
      // gettext-base, used by the image's 20-envsubst-on-templates.sh.
      tree.writeFile('/usr/bin/envsubst', binText, 0o755);
      tree.writeFile('/usr/share/nginx/html/index.html', NGINX_INDEX);
      tree.writeFile('/usr/share/nginx/html/50x.html', NGINX_50X);
      tree.writeFile('/etc/nginx/nginx.conf', NGINX_CONF);
      tree.writeFile('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF);
      tree.mkdirp('/var/log/nginx');
      for (const f of ['10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh']) {
        tree.writeFile(`/docker-entrypoint.d/${f}`, '#!/bin/sh\n', 0o755);
      }
      tree.writeFile('/docker-entrypoint.sh', NGINX_ENTRYPOINT, 0o755);
      break;
    case 'redis':
      for (const b of ['redis-server', 'redis-sentinel', 'redis-cli']) tree.writeFile(`/usr/local/bin/${b}`, binText, 0o755);
      tree.writeFile('/usr/local/bin/docker-entrypoint.sh', entrypointScript('redis-server', true), 0o755);
      tree.mkdirp('/data');
      break;
    case 'httpd':
      tree.writeFile('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n');
      tree.writeFile('/usr/local/bin/httpd-foreground', binText, 0o755);
      break;
    case 'python':
      tree.writeFile('/usr/local/bin/python3', binText, 0o755);
      tree.writeFile('/usr/local/bin/python', binText, 0o755);
      break;
    case 'node':
      tree.writeFile('/usr/local/bin/node', binText, 0o755);
      tree.writeFile('/usr/local/bin/docker-entrypoint.sh', entrypointScript('node', false), 0o755);
      break;
    default:
      if (info.entrypoint[0]?.includes('docker-entrypoint.sh')) {
        tree.writeFile('/usr/local/bin/docker-entrypoint.sh', entrypointScript(info.cmd[0], false), 0o755);
      }
  }
}

/**
 * The sh subset, construct by construct. Expected outputs follow POSIX XCU 2 (Shell Command
 * Language) and the documented behaviour of bash, dash and BusyBox ash where they differ.
 */
import t from 'tap';
import { sh } from './helpers.js';

const out = (script: string, o: Parameters<typeof sh>[1] = {}): string => sh(script, o).out;

t.test('quoting: single, double, backslash (XCU 2.2)', async (t) => {
  t.equal(out(`echo 'a  b' "c  d" e\\ f`), 'a  b c  d e f\n');
  t.equal(out(`x=val; echo '$x' "$x" \\$x "\\$x" "a\\\\b"`), '$x val $x $x a\\b\n');
  t.equal(out(`echo "it's" 'say "hi"'`), `it's say "hi"\n`);
  t.equal(out(`echo ""; echo '' x`), '\n x\n', 'an empty quoted word is still an argument');
});

t.test('parameters: $VAR ${VAR} ${VAR:-x} ${VAR:=x} ${VAR:+x} ${#VAR} and pattern removal (XCU 2.6.2)', async (t) => {
  t.equal(out('A=1; echo $A ${A}b ${B:-dflt} ${B-unset} ${A:+alt} "${C:=set}" $C'), '1 1b dflt unset alt set set\n');
  t.equal(out('E=; echo "[${E:-colon}]" "[${E-nocolon}]"'), '[colon] []\n');
  t.equal(out('p=/usr/local/bin/tool.tar.gz; echo ${#p} ${p##*/} ${p#*/} ${p%.*} ${p%%.*}'), '26 tool.tar.gz usr/local/bin/tool.tar.gz /usr/local/bin/tool.tar /usr/local/bin/tool\n');
  const r = sh('echo before; echo ${MISSING:?is required}; echo after');
  t.equal(r.out, 'before\n');
  t.equal(r.err, 'sh: MISSING: is required\n');
  t.not(r.state, { state: 'running' });
  t.same(r.state, { state: 'exited', exitCode: 2 });
});

t.test('special parameters: $? $$ $! $# $0 $1 $@ "$@" and shift', async (t) => {
  t.equal(out('false; echo $?; true; echo $?'), '1\n0\n');
  t.equal(out('echo $$'), '1\n', 'PID 1');
  t.equal(out('echo "$0|$1|$2|$#"; shift; echo "$@"', { shell: 'sh' }), 'sh|||0\n\n');
  const r = sh('', {});
  t.same(r.state, { state: 'exited', exitCode: 0 });
  const s = sh('x', {});
  t.equal(s.err, 'sh: x: not found\n');
  // sh -c SCRIPT NAME ARGS: $0 is NAME.
  const { start } = await import('./helpers.js');
  const a = start(['sh', '-c', 'echo "$0 $# [$1] [$2]"; for a in "$@"; do echo "<$a>"; done; for b; do echo "=$b"; done', 'myname', 'one two', 'three']);
  a.p.advance(0);
  t.equal(a.out(), 'myname 2 [one two] [three]\n<one two>\n<three>\n=one two\n=three\n');
  const b = start(['sh', '-c', 'sleep 5 & echo $!; wait; echo done']);
  b.p.advance(0);
  b.p.advance(5_000);
  t.equal(b.out(), '2\ndone\n', 'the first background job of PID 1 is pid 2');
});

t.test('field splitting on unquoted expansions only', async (t) => {
  t.equal(out('x="a b   c"; for i in $x; do echo "<$i>"; done; for i in "$x"; do echo "[$i]"; done'), '<a>\n<b>\n<c>\n[a b   c]\n');
  t.equal(out('y=""; set -- $y; echo $#'), '0\n');
});

t.test('arithmetic expansion $((...)) (XCU 2.6.4)', async (t) => {
  t.equal(out('echo $((1+2*3)) $(( (1+2)*3 )) $((7/2)) $((7%3)) $((-7/2)) $((2**10)) $((1<2)) $((3==4)) $((0x10)) $((010))'), '7 9 3 1 -3 1024 1 0 16 8\n');
  t.equal(out('i=5; echo $((i+1)) $(($i*2)); : $((i+=10)); echo $i; echo $((i>10 ? 1 : 0))'), '6 10\n15\n1\n');
  t.equal(out('n=0; while [ $n -lt 3 ]; do n=$((n+1)); done; echo $n'), '3\n');
  const r = sh('echo $((1/0)); echo after');
  t.equal(r.out, '');
  t.match(r.err, /division by 0/);
  t.same(r.state, { state: 'exited', exitCode: 2 });
});

t.test('command substitution: $(...) and backticks, trailing newlines removed (XCU 2.6.3)', async (t) => {
  t.equal(out('x=$(printf "a\\n\\n\\n"); echo "[$x]"; y=`echo b`; echo $y; echo $(echo $(echo nested))'), '[a]\nb\nnested\n');
  t.equal(out('v=$(false); echo $?; v=$(true); echo $?'), '1\n0\n', 'an assignment takes the status of its substitution');
  t.equal(out('x=$(exit 3; echo no); echo "$? [$x]"'), '3 []\n', 'exit in a substitution ends only the subshell');
});

t.test('echo: -n and -e; dash (Debian/Ubuntu sh) always interprets escapes; bash and BusyBox do not', async (t) => {
  t.equal(out('echo -n a; echo b'), 'ab\n');
  t.equal(out('echo "a\\tb"'), 'a\\tb\n', 'busybox sh');
  t.equal(out('echo -e "a\\tb\\c"; echo'), 'a\tb\n');
  t.equal(out('echo "a\\tb"', { image: 'ubuntu:22.04' }), 'a\tb\n', 'dash');
  t.equal(out('echo -e x', { image: 'ubuntu:22.04' }), '-e x\n', 'dash echo has no -e');
  t.equal(out('echo "a\\tb"', { image: 'ubuntu:22.04', shell: 'bash' }), 'a\\tb\n', 'bash');
});

t.test('printf: conversions, widths, format reuse', async (t) => {
  t.equal(out(`printf '%s-%d\\n' a 5 b 6`), 'a-5\nb-6\n');
  t.equal(out(`printf '%5s|%-5s|%05d|%.2f|%x|%o|%c|%%\\n' ab cd 42 3.14159 255 8 xyz`), '   ab|cd   |00042|3.14|ff|10|x|%\n');
  t.equal(out(`printf 'no newline'`), 'no newline');
  t.equal(out(`printf '%b\\n' 'a\\tb'`), 'a\tb\n');
});

t.test('test and [: files, strings, integers, !, -a, -o', async (t) => {
  const script = [
    '[ -f /etc/hostname ] && echo f',
    '[ -d /tmp ] && echo d',
    '[ -e /nope ] || echo ne',
    '[ -s /etc/hostname ] && echo s',
    '[ -s /dev/termination-log ] || echo empty',
    '[ abc = abc ] && echo eq',
    '[ abc != abd ] && echo ne2',
    '[ -z "" ] && echo z',
    '[ -n "x" ] && echo n',
    '[ 1 -lt 2 ] && echo lt',
    '[ 10 -ge 10 ] && echo ge',
    '[ ! 1 -eq 2 ] && echo not',
    '[ 1 -eq 1 -a 2 -eq 2 ] && echo and',
    '[ 1 -eq 2 -o 2 -eq 2 ] && echo or',
    'test "" || echo emptystr',
    'test x && echo str',
  ].join('\n');
  t.equal(out(script), 'f\nd\nne\ns\nempty\neq\nne2\nz\nn\nlt\nge\nnot\nand\nor\nemptystr\nstr\n');
  const bad = sh('[ abc -lt 1 ]; echo $?', { shell: 'bash', image: 'ubuntu' });
  t.equal(bad.out, '2\n');
  t.equal(bad.err, 'bash: [: abc: integer expression expected\n');
  const missing = sh('[ 1 = 1; echo $?', { shell: 'bash', image: 'ubuntu' });
  t.equal(missing.out, '2\n');
  t.equal(missing.err, 'bash: [: missing ]\n');
});

t.test('if / elif / else, while, until, for, case, break, continue', async (t) => {
  t.equal(out('x=2; if [ $x = 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else echo other; fi'), 'two\n');
  t.equal(out('i=0; until [ $i -ge 3 ]; do echo $i; i=$((i+1)); done'), '0\n1\n2\n');
  t.equal(out('for i in 1 2 3 4 5; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done'), '1\n3\n');
  t.equal(out('for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done'), '1a\n2a\n');
  t.equal(out('for f in start stop other "st*"; do case $f in start|begin) echo S;; stop) echo T;; "st*") echo literal;; *) echo "? $f";; esac; done'), 'S\nT\n? other\nliteral\n');
  t.equal(out('case x in (x) echo paren;; esac'), 'paren\n');
  t.equal(out('if false; then :; fi; echo $?'), '0\n');
});

t.test('lists: ; && || ! and pipelines', async (t) => {
  t.equal(out('true && echo a || echo b; false && echo c || echo d; ! false && echo e'), 'a\nd\ne\n');
  t.equal(out('echo hello world | tr a-z A-Z; printf "b\\na\\nc\\n" | sort | head -n 2'), 'HELLO WORLD\na\nb\n');
  t.equal(out('false | true; echo $?; true | false; echo $?'), '0\n1\n');
  t.equal(out('printf "x\\ny\\n" | while read l; do echo "<$l>"; done'), '<x>\n<y>\n');
  t.equal(out('echo a b c | wc -w'), '3\n');
  t.equal(out('x=1; echo | x=2; echo $x'), '1\n', 'pipeline stages are subshells');
});

t.test('functions, return, local variables', async (t) => {
  t.equal(out('greet() { echo "hi $1"; return 4; }; greet you; echo $?'), 'hi you\n4\n');
  t.equal(out('function f { echo f$#; }; f a b'), 'f2\n');
  t.equal(out('count() { n=$1; [ $n -le 0 ] && return 0; echo $n; count $((n-1)); }; count 3'), '3\n2\n1\n');
  t.equal(out('v=outer; f() { local v=inner w=new; echo $v $w; }; f; echo "$v ${w-unset}"'), 'inner new\nouter unset\n', 'local ends with the function');
  const nl = sh('local x=1');
  t.equal(nl.err, 'sh: local: not in a function\n');
});

t.test('redirections: > >> < 2>&1 >&2 /dev/null (XCU 2.7)', async (t) => {
  const r = sh('echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; cat /nope 2>/dev/null; echo "st $?"; echo to-err >&2; { echo a; echo b >&2; } > /tmp/both 2>&1; cat /tmp/both');
  t.equal(r.out, 'one\ntwo\nst 1\na\nb\n');
  t.equal(r.err, 'to-err\n');
  t.equal(r.fs.readFile('/tmp/f'), 'one\ntwo\n');
  // BusyBox shell/ash.c@openredirect: "can't create %s: %s" with errmsg(errno, "nonexistent
  // directory"); redirectsafe gives status 1 (its comment: "result should be 1, not 2").
  const s = sh('echo x > /nodir/f; echo "st $?"; cat < /nofile; echo "st $?"');
  t.equal(s.out, 'st 1\nst 1\n');
  t.equal(s.err, "sh: can't create /nodir/f: nonexistent directory\nsh: can't open /nofile: no such file\n");
  const b = sh('echo x > /nodir/f; echo "st $?"', { shell: 'bash', image: 'ubuntu' });
  t.equal(b.err, 'bash: /nodir/f: No such file or directory\n');
  t.equal(b.out, 'st 1\n');
  // dash (Ubuntu/Debian sh): same ash heritage, its own wording, the line number, status 2.
  const d = sh('true\necho x > /nodir/f; echo "st $?"', { image: 'ubuntu' });
  t.equal(d.err, 'sh: 2: cannot create /nodir/f: Directory nonexistent\n', 'dash');
  t.equal(d.out, 'st 2\n');
});

t.test('here-documents: expanded, quoted delimiter literal, <<- strips tabs', async (t) => {
  t.equal(out('N=world; cat <<EOF\nhello $N\n$(echo sub)\nEOF\necho after'), 'hello world\nsub\nafter\n');
  t.equal(out("cat <<'EOF'\n$N `x`\nEOF"), '$N `x`\n');
  t.equal(out('cat <<-END\n\tindented\n\tEND\n'), 'indented\n');
  t.equal(out('cat > /tmp/conf <<EOF\nport=80\nEOF\ncat /tmp/conf'), 'port=80\n');
});

t.test('exec with only redirections redirects the rest of the script', async (t) => {
  const r = sh('exec > /dev/termination-log; echo last words; echo more');
  t.equal(r.out, '');
  t.equal(r.fs.readFile('/dev/termination-log'), 'last words\nmore\n');
  const e = sh('exec 2>&1; ls /nope');
  t.equal(e.out, 'ls: /nope: No such file or directory\n');
});

t.test('variables and the environment: export, temporary assignments, env, unset', async (t) => {
  t.equal(out('export A=1; env | grep "^A="; B=2 env | grep "^B="; echo "${B:-unset}"; C=3; env | grep -c "^C=" ; unset A; echo "[${A}]"'), 'A=1\nB=2\nunset\n0\n[]\n');
  t.equal(out('echo $FROM_POD', { env: { FROM_POD: 'x y' } }), 'x y\n');
  t.equal(out('echo $HOSTNAME $HOME; hostname; cat /etc/hostname'), 'pod-a /root\npod-a\npod-a\n');
});

t.test('set -e ends the script at the first failing command outside conditions', async (t) => {
  const r = sh('set -e; echo a; false; echo b');
  t.equal(r.out, 'a\n');
  t.same(r.state, { state: 'exited', exitCode: 1 });
  t.equal(out('set -e; false || echo recovered; if false; then :; fi; ! true; echo end'), 'recovered\nend\n');
  const { start } = await import('./helpers.js');
  const c = start(['sh', '-ec', 'echo x; false; echo y']);
  t.same(c.p.advance(0), { state: 'exited', exitCode: 1 });
  t.equal(c.out(), 'x\n');
});

t.test('exit statuses: exit N modulo 256, last command status, not found 127', async (t) => {
  t.same(sh('exit 256').state, { state: 'exited', exitCode: 0 });
  t.same(sh('exit 300').state, { state: 'exited', exitCode: 44 });
  t.same(sh('false').state, { state: 'exited', exitCode: 1 });
  const nf = sh('nosuchcmd arg; echo "st $?"');
  t.equal(nf.out, 'st 127\n');
  t.equal(nf.err, 'sh: nosuchcmd: not found\n');
  const bnf = sh('nosuchcmd', { shell: 'bash', image: 'ubuntu' });
  t.equal(bnf.err, 'bash: nosuchcmd: command not found\n');
  t.same(bnf.state, { state: 'exited', exitCode: 127 });
  t.same(sh('/opt/nothing/here').state, { state: 'exited', exitCode: 127 });
  const dash = sh('echo a\n\nnosuchcmd', { image: 'debian:12' });
  t.equal(dash.err, 'sh: 3: nosuchcmd: not found\n', 'dash names the line');
});

t.test('syntax errors print what sh prints and exit 2', async (t) => {
  const a = sh('echo "unterminated');
  t.equal(a.err, 'sh: syntax error: unterminated quoted string\n');
  t.same(a.state, { state: 'exited', exitCode: 2 });
  const b = sh('if true; then echo x');
  t.match(b.err, /^sh: syntax error: unexpected end of file/);
  t.equal(b.out, '', 'nothing runs when the script does not parse');
  const c = sh('fi', { shell: 'bash', image: 'ubuntu' });
  t.equal(c.err, "bash: -c: line 1: syntax error near unexpected token `fi'\n");
  t.same(c.state, { state: 'exited', exitCode: 2 });
  const d = sh('echo a;; echo b');
  t.same(d.state, { state: 'exited', exitCode: 2 });
  t.match(d.err, /syntax error: unexpected ";;"/);
});

t.test('sleep: seconds, fractions, suffixes s/m/h/d, several operands, infinity', async (t) => {
  const wake = (args: string): number | undefined => {
    const r = sh(`sleep ${args}`);
    return r.p.nextWake();
  };
  t.equal(wake('5'), 5_000);
  t.equal(wake('0.5'), 500);
  t.equal(wake('2s'), 2_000);
  t.equal(wake('1m'), 60_000);
  t.equal(wake('1h'), 3_600_000);
  t.equal(wake('1d'), 86_400_000);
  t.equal(wake('1m 30'), 90_000);
  t.equal(wake('infinity'), undefined);
  const bad = sh('sleep abc; echo $?', { image: 'ubuntu' });
  t.equal(bad.out, '1\n');
  t.equal(bad.err, 'sleep: invalid time interval ‘abc’\n');
  t.same(sh('sleep 0; echo now').out, 'now\n');
});

t.test('date: the virtual clock and +FORMAT', async (t) => {
  const epochMs = Date.UTC(2024, 1, 29, 23, 59, 58, 5);
  const r = sh('date +%Y-%m-%dT%H:%M:%S; date +%s; date -u +"%a %b %e %j"; sleep 3; date +%H:%M:%S.%N; date -Iseconds; date -R', { epochMs, until: 3_000 });
  t.equal(
    r.out,
    '2024-02-29T23:59:58\n1709251198\nThu Feb 29 060\n00:00:01.005000000\n2024-03-01T00:00:01+00:00\nFri, 01 Mar 2024 00:00:01 +0000\n',
  );
});

t.test('files: touch, mkdir -p, ls, rm -r, cp, mv, cd, pwd', async (t) => {
  const r = sh('mkdir -p /work/a/b; touch /work/a/b/f /work/x; ls /work; cd /work/a; pwd; ls b; cp /work/x /work/a/y; mv y z; ls; rm -r /work/a; ls /work; rm /work/none; echo $?');
  t.equal(r.out, 'a\nx\n/work/a\nf\nb\nz\nx\n1\n');
  t.equal(r.err, "rm: can't remove '/work/none': No such file or directory\n");
  const g = sh('mkdir /tmp; rm /nope; rm -r /tmp/none', { image: 'ubuntu' });
  t.equal(g.err, "mkdir: cannot create directory '/tmp': File exists\nrm: cannot remove '/nope': No such file or directory\nrm: cannot remove '/tmp/none': No such file or directory\n");
  t.equal(out('rm -f /nope; echo $?'), '0\n');
});

t.test('pathname expansion over the container file system', async (t) => {
  t.equal(out('touch /tmp/b.txt /tmp/a.txt /tmp/c.log; echo /tmp/*.txt; echo "/tmp/*.txt"; echo /nope/*'), '/tmp/a.txt /tmp/b.txt\n/tmp/*.txt\n/nope/*\n');
  t.equal(out('cd /tmp; touch x1 x2; for f in x*; do echo $f; done'), 'x1\nx2\n');
});

t.test('nested shells: sh -c inside sh, bash -c, /bin/sh -c', async (t) => {
  t.equal(out('sh -c "echo inner \\$0" named; /bin/sh -c "exit 3"; echo $?'), 'inner named\n3\n');
  t.equal(out('bash -c "echo from bash"', { image: 'ubuntu' }), 'from bash\n');
  const nb = sh('bash -c "echo x"; echo $?');
  t.equal(nb.out, '127\n', 'busybox has no bash');
  t.equal(nb.err, 'sh: bash: not found\n');
});

t.test('scripts from the file system: sh FILE and ./FILE with a #! line', async (t) => {
  const { start } = await import('./helpers.js');
  const a = start(['sh', '/scripts/run.sh', 'arg1']);
  a.fs.mkdir('/scripts', true);
  a.fs.writeFile('/scripts/run.sh', '#!/bin/sh\necho "run $1"\nexit 4\n');
  t.same(a.p.advance(0), { state: 'exited', exitCode: 4 });
  t.equal(a.out(), 'run arg1\n');
  const b = start(['/scripts/run.sh', 'x']);
  b.fs.mkdir('/scripts', true);
  b.fs.writeFile('/scripts/run.sh', '#!/bin/sh\necho "direct $1"\n');
  t.same(b.p.advance(0), { state: 'exited', exitCode: 0 });
  t.equal(b.out(), 'direct x\n');
  const c = start(['sh', '/missing.sh']);
  t.same(c.p.advance(0), { state: 'exited', exitCode: 2 });
  t.equal(c.err(), "sh: can't open '/missing.sh': No such file or directory\n");
});

t.test('a shell with no script reads its empty stdin and exits 0 (ubuntu with no command)', async (t) => {
  const { start } = await import('./helpers.js');
  const r = start(['/bin/bash'], { image: 'ubuntu' });
  t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
});

t.test('the container command is not found: StartError, exit 128, nothing runs', async (t) => {
  const { start } = await import('./helpers.js');
  const r = start(['nosuch', 'arg'], { image: 'busybox' });
  const s = r.p.advance(0);
  t.equal(s.state, 'exited');
  if (s.state === 'exited') {
    t.equal(s.exitCode, 128);
    t.match(s.startError ?? '', /exec: "nosuch": executable file not found in \$PATH/);
  }
  const b = start(['bash', '-c', 'echo x'], { image: 'alpine:3.20' });
  const sb = b.p.advance(0);
  t.equal(sb.state === 'exited' && sb.exitCode, 128);
  t.equal(b.out(), '');
});

t.test('$RANDOM is deterministic', async (t) => {
  const a = out('echo $RANDOM $RANDOM');
  t.equal(out('echo $RANDOM $RANDOM'), a);
  t.match(a, /^\d+ \d+\n$/);
  t.match(out('echo $((RANDOM % 10 + 100))'), /^10\d\n$/, 'RANDOM in arithmetic');
});

t.test('a runaway loop is stopped at one virtual instant and reported as an error exit', async (t) => {
  for (const script of ['while true; do :; done', 'while :; do sleep 0; done', 'f() { f; }; f', 'while true; do echo y; done']) {
    const r = sh(script);
    t.equal(r.state.state, 'exited', script);
    if (r.state.state === 'exited') t.not(r.state.exitCode, 0, script);
    t.equal(r.p.nextWake(), undefined);
  }
  const r = sh('while true; do :; done');
  t.same(r.state, { state: 'exited', exitCode: 1, runaway: true });
  t.match(r.err, /runaway/);
});

t.test('hostname -i reads the pod address from the kubelet-managed /etc/hosts; $PPID, $UID, $LINENO', async (t) => {
  const { ContainerFs } = await import('../../src/shell/index.js');
  const fs = new ContainerFs({ image: 'busybox', hostname: 'web-0', mounts: [] });
  fs.writeFile('/etc/hosts', `${fs.readFile('/etc/hosts') ?? ''}10.244.1.7\tweb-0.web.default.svc.cluster.local\tweb-0\n`);
  t.equal(sh('hostname -i; hostname', { fs }).out, '10.244.1.7\nweb-0\n');
  t.equal(sh('hostname -i').err, 'hostname: Name or service not known\n', 'no pod line yet');
  t.equal(sh('echo $PPID; echo\necho $LINENO').out, '0\n\n2\n', 'the second line');
  t.equal(sh('echo $UID', { shell: 'bash', image: 'ubuntu' }).out, '0\n');
});

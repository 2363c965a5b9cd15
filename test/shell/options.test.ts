/**
 * Where the utilities look for options. What real tools do:
 * - GNU coreutils/grep parse with glibc getopt_long, which permutes: options may follow operands
 *   (`mkdir /tmp/a/b -p`), `--` ends the options, and POSIXLY_CORRECT in the environment turns
 *   permutation off.
 * - BusyBox applets parse with libbb/getopt32.c, which calls getopt_long when built with
 *   CONFIG_LONG_OPTS (the official busybox images, Alpine); musl's getopt_long
 *   (src/misc/getopt_long.c) permutes too and never reads POSIXLY_CORRECT.
 * - An optstring starting with '+' never permutes: GNU tr ("+AcCdst"), BusyBox tr ("^+" "Ccds").
 */
import t from 'tap';
import { sh } from './helpers.js';

for (const image of ['nginx', 'debian', 'busybox', 'alpine:3.19']) {
  t.test(`${image}: options after operands are permuted (getopt_long)`, async (t) => {
    const r = sh('mkdir /tmp/zhangzhuo/1 -p && ls /tmp/zhangzhuo/ && echo ok', { image });
    t.equal(r.err, '');
    t.equal(r.out, '1\nok\n', 'the full-pod postStart `mkdir DIR -p` creates the parents');
    t.equal(sh('printf "b\\na\\n" > /tmp/f; sort /tmp/f -r', { image }).out, 'b\na\n', 'sort FILE -r');
    t.equal(sh('printf "x\\nY\\n" > /tmp/f; grep y /tmp/f -i', { image }).out, 'Y\n', 'grep PATTERN FILE -i');
    t.equal(sh('printf "a\\n" > /tmp/f; rm /tmp/f -f /tmp/missing && echo gone', { image }).out, 'gone\n', 'rm FILE -f');
  });

  t.test(`${image}: \`--\` ends the options, operands keep their order`, async (t) => {
    const r = sh('cd /tmp && mkdir a -- -p && ls /tmp', { image });
    t.equal(r.out, '-p\na\n', '`-p` after `--` is a directory name');
    t.equal(sh('cd /tmp && mkdir -- x -p; ls /tmp', { image }).out, '-p\nx\n');
    t.equal(sh('echo a > /tmp/f; echo b | cat /tmp/f - ', { image }).out, 'a\nb\n', 'a lone `-` is an operand (stdin)');
  });

  t.test(`${image}: tr's optstring starts with '+' (no permutation)`, async (t) => {
    t.equal(sh('echo abc | tr -d b', { image }).out, 'ac\n');
    t.equal(sh('echo a-c | tr a -d', { image }).out, '--c\n', '`-d` after the first operand is SET2, not an option');
  });
}

t.test('GNU images: POSIXLY_CORRECT stops options at the first operand (glibc getopt)', async (t) => {
  const r = sh('mkdir /tmp/p/q -p; echo $?', { image: 'nginx', env: { POSIXLY_CORRECT: '1' } });
  t.match(r.err, /mkdir: cannot create directory '\/tmp\/p\/q': No such file or directory/);
  t.equal(r.out, '1\n');
  t.equal(sh('export POSIXLY_CORRECT=; mkdir /tmp/p/q -p; echo $?', { image: 'debian' }).out, '1\n', 'set but empty counts too');
  t.equal(sh('mkdir /tmp/p/q -p; echo $?', { image: 'debian' }).out, '0\n', 'unset: permuted');
});

t.test('BusyBox on musl (alpine): POSIXLY_CORRECT is not read, options still permute', async (t) => {
  t.equal(sh('mkdir /tmp/p/q -p; echo $?', { image: 'alpine:3.19', env: { POSIXLY_CORRECT: '1' } }).out, '0\n');
});

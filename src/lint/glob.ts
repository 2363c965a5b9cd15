/**
 * A small glob matcher (the subset .gitignore/ESLint users write): `*`, `**`, `?`, `[abc]`,
 * `{a,b}`. A pattern without a slash matches a name at any depth (`*.gen.yaml`); a pattern with
 * one is anchored to the base folder (`vendor/**`). Paths use forward slashes. Pure.
 */
const cache = new Map<string, RegExp>();

function escape(ch: string): string {
  return /[.+^${}()|\\/]/.test(ch) ? `\\${ch}` : ch;
}

export function globToRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let p = pattern.replace(/\\/g, '/');
  let anchored = p.includes('/') && !p.endsWith('/') ? true : p.slice(0, -1).includes('/');
  if (p.startsWith('/')) {
    p = p.slice(1);
    anchored = true;
  }
  if (p.endsWith('/')) p += '**';
  let re = '';
  let inBrace = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a trailing `**` matches everything below.
          if (i + 2 === p.length) re += '.*';
          else {
            re += '(?:.*/)?';
            i += 1; // skip the slash after **
          }
          i += 1;
          continue;
        }
        re += '[^/]*';
        i += 1;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = p.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        let cls = p.slice(i + 1, end);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      inBrace++;
      re += '(?:';
    } else if (c === '}' && inBrace > 0) {
      inBrace--;
      re += ')';
    } else if (c === ',' && inBrace > 0) re += '|';
    else re += escape(c);
  }
  const full = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}(?:/.*)?$`);
  cache.set(pattern, full);
  return full;
}

/** Whether `relPath` (relative to the pattern's base, forward slashes) matches the glob. */
export function globMatch(pattern: string, relPath: string): boolean {
  const negated = pattern.startsWith('!');
  const re = globToRegExp(negated ? pattern.slice(1) : pattern);
  return re.test(relPath.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/** gitignore-style: later patterns win, `!pattern` re-includes. */
export function matchesAny(patterns: readonly string[], relPath: string): boolean {
  let matched = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (globMatch(p, relPath)) matched = false;
    } else if (globMatch(p, relPath)) matched = true;
  }
  return matched;
}

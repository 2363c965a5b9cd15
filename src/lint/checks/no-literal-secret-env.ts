/**
 * Rule no-literal-secret-env: an env var whose name says it holds a credential (PASSWORD, SECRET,
 * TOKEN, API_KEY, ...) has a literal `value` in the manifest instead of `valueFrom.secretKeyRef`.
 * Names that point at a credential rather than hold one (…_FILE, …_PATH, …_DIR, …_URL, …_NAME,
 * …_ID, …_REF, …_TTL, …_LENGTH, …_EXPIRY, …_HEADER, …_ENABLED) and values that cannot be secrets
 * (empty, a `$(VAR)` reference, a file path, true/false, a single digit) and switches about a
 * credential (MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD) are not reported. Option `patterns`: extra
 * name regular expressions; option `allowNames`: exact names to ignore.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

const CREDENTIAL = /(^|_)(PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|SECRET|SECRETS|TOKEN|APIKEY|API_KEY|ACCESS_KEY|SECRET_KEY|PRIVATE_KEY|CLIENT_SECRET|CREDENTIALS?|AUTH_TOKEN|BEARER|SIGNING_KEY|ENCRYPTION_KEY)(_|$)/;
const POINTER = /_(FILE|PATH|DIR|URL|URI|NAME|ID|REF|TTL|LENGTH|LEN|EXPIRY|EXPIRES|HEADER|ENABLED|ENABLE|TIMEOUT|KIND|TYPE|MODE|POLICY|VERSION|ENDPOINT|HOST|PORT|AUDIENCE|ISSUER|SCOPE|SCOPES)$/;

/** Switches about a credential rather than the credential: MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD. */
const FLAG = /(^|_)(ALLOW|ALLOWED|DISABLE|DISABLED|ENABLE|ENABLED|RANDOM|GENERATE|REQUIRE|REQUIRED|SKIP|USE|EMPTY)_/;

export function looksLikeCredentialName(name: string, extra: readonly RegExp[] = []): boolean {
  const n = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  if (extra.some((re) => re.test(name))) return true;
  return CREDENTIAL.test(n) && !POINTER.test(n) && !FLAG.test(n);
}

export function couldBeSecretValue(value: string): boolean {
  const v = value.trim();
  if (v === '' || /^(true|false|yes|no|on|off|\d)$/i.test(v)) return false;
  if (/^\$\([A-Za-z_][A-Za-z0-9_.-]*\)$/.test(v)) return false; // a reference to another variable
  if (v.startsWith('/')) return false; // a file path
  return true;
}

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const env = ctx.target.container.env;
  if (!Array.isArray(env)) return [];
  const extra = Array.isArray(ctx.options.patterns) ? ctx.options.patterns.filter((p): p is string => typeof p === 'string').map((p) => new RegExp(p, 'i')) : [];
  const allow = new Set(Array.isArray(ctx.options.allowNames) ? ctx.options.allowNames : []);
  const out: CheckViolation[] = [];
  env.forEach((e: unknown, i: number) => {
    if (!isRecord(e) || typeof e.name !== 'string' || allow.has(e.name)) return;
    if (typeof e.value !== 'string' || !couldBeSecretValue(e.value)) return;
    if (!looksLikeCredentialName(e.name, extra)) return;
    out.push({ path: [...containerPath(ctx), 'env', i, 'value'], data: { container: containerName(ctx), env: e.name } });
  });
  return out;
};

/**
 * Name and value syntax checks with the API server's exact error strings.
 *
 * Mirrors k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label,
 * IsDNS1123Subdomain, IsCIdentifier, IsEnvVarName, IsRelaxedEnvVarName, IsConfigMapKey,
 * IsQualifiedName, IsValidLabelValue, IsValidPortName, IsValidPortNum, IsValidUserID,
 * IsValidGroupID, IsHTTPHeaderName, MaxLenError, RegexError, InclusiveRangeError),
 * util/validation/ip.go (IsValidIP) and apimachinery/pkg/api/validation (NameIsDNSSubdomain,
 * NameIsDNSLabel, ValidateNonnegativeField). Each function returns the list of messages Go returns
 * (empty when valid); callers wrap them in field.Invalid exactly where the Go code does.
 *
 * Message wording is util/validation's ("must be no more than N characters"; IsQualifiedName's
 * many-slashes message says "a qualified name"). Recent upstream (the project targets 1.36) moved
 * IsQualifiedName and IsValidLabelValue to k8s.io/apimachinery/pkg/api/validate/content, whose
 * length wording is "must be no more than 63 bytes" and whose many-slashes message says
 * "a valid label key"; meta.ts and its tests use the util/validation wording, so the two are kept
 * consistent here. Only over-long label keys/values and keys with several '/' are affected.
 * Lengths are byte lengths (Go's len on a UTF-8 string), not UTF-16 code units.
 */

const utf8 = new TextEncoder();

/** Go's len(string): the UTF-8 byte length (TextEncoder, so the module needs no Node globals). */
export function byteLen(s: string): number {
  // ASCII fast path: one byte per UTF-16 unit
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : utf8.encode(s).length;
}

export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((ex, i) => {
    if (i > 0) out += ' or ';
    out += `'${ex}', `;
  });
  return `${out}regex used for validation is '${fmt}')`;
}

export function emptyError(): string {
  return 'must be non-empty';
}

export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/** apimachinery/pkg/api/validation.IsNegativeErrorMsg. */
export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123LabelErrMsg =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
export const DNS1123_LABEL_MAX_LENGTH = 63;
const dns1123LabelRegexp = new RegExp(`^${dns1123LabelFmt}$`);

const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1123SubdomainErrorMsg =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
const dns1123SubdomainRegexp = new RegExp(`^${dns1123SubdomainFmt}$`);

const dns1123LabelFmtWithUnderscore = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmtWithUnderscore = `${dns1123LabelFmtWithUnderscore}(\\.${dns1123LabelFmtWithUnderscore})*`;
const dns1123SubdomainErrorMsgFG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
const dns1123SubdomainRegexpWithUnderscore = new RegExp(`^${dns1123SubdomainFmtWithUnderscore}$`);

/** validation.IsDNS1123Label. */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLen(value) > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRegexp.test(value)) {
    if (dns1123SubdomainRegexp.test(value)) {
      // It was a valid subdomain and not a valid label. Since we already checked length, it must be dots.
      errs.push('must not contain dots');
    } else {
      errs.push(regexError(dns1123LabelErrMsg, dns1123LabelFmt, 'my-name', '123-abc'));
    }
  }
  return errs;
}

/** validation.IsDNS1123Subdomain. */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLen(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRegexp.test(value)) {
    errs.push(regexError(dns1123SubdomainErrorMsg, dns1123SubdomainFmt, 'example.com'));
  }
  return errs;
}

/** validation.IsDNS1123SubdomainWithUnderscore. */
export function isDNS1123SubdomainWithUnderscore(value: string): string[] {
  const errs: string[] = [];
  if (byteLen(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRegexpWithUnderscore.test(value)) {
    errs.push(regexError(dns1123SubdomainErrorMsgFG, dns1123SubdomainFmtWithUnderscore, 'example.com'));
  }
  return errs;
}

const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const dns1035LabelErrMsg =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const dns1035LabelRegexp = new RegExp(`^${dns1035LabelFmt}$`);

/** validation.IsDNS1035Label. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLen(value) > 63) errs.push(maxLenError(63));
  if (!dns1035LabelRegexp.test(value)) errs.push(regexError(dns1035LabelErrMsg, dns1035LabelFmt, 'my-name', 'abc-123'));
  return errs;
}

const cIdentifierFmt = '[A-Za-z_][A-Za-z0-9_]*';
const identifierErrMsg =
  "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'";
const cIdentifierRegexp = new RegExp(`^${cIdentifierFmt}$`);

/** validation.IsCIdentifier. */
export function isCIdentifier(value: string): string[] {
  return cIdentifierRegexp.test(value) ? [] : [regexError(identifierErrMsg, cIdentifierFmt, 'my_name', 'MY_NAME', 'MyName')];
}

/** validation.hasChDirPrefix. */
function hasChDirPrefix(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

const envVarNameFmt = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const envVarNameFmtErrMsg =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
const relaxedEnvVarNameFmtErrMsg = "a valid environment variable name must consist only of printable ASCII characters other than '='";
const envVarNameRegexp = new RegExp(`^${envVarNameFmt}$`);

/** validation.IsEnvVarName (strict; used when RelaxedEnvironmentVariableValidation is off). */
export function isEnvVarName(value: string): string[] {
  const errs: string[] = [];
  if (!envVarNameRegexp.test(value)) {
    errs.push(regexError(envVarNameFmtErrMsg, envVarNameFmt, 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1'));
  }
  errs.push(...hasChDirPrefix(value));
  return errs;
}

/** validation.IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, on by default since 1.32). */
export function isRelaxedEnvVarName(value: string): string[] {
  const errs: string[] = [];
  if (value.length === 0) errs.push(`environment variable name ${emptyError()}`);
  for (const ch of value) {
    const c = ch.codePointAt(0) as number;
    // unicode.IsPrint for ASCII: 0x20..0x7e
    if (c > 0x7f || c < 0x20 || c === 0x7f || ch === '=') {
      errs.push(relaxedEnvVarNameFmtErrMsg);
      break;
    }
  }
  return errs;
}

const configMapKeyFmt = '[-._a-zA-Z0-9]+';
const configMapKeyErrMsg = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
const configMapKeyRegexp = new RegExp(`^${configMapKeyFmt}$`);

/** validation.IsConfigMapKey. */
export function isConfigMapKey(value: string): string[] {
  const errs: string[] = [];
  if (byteLen(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!configMapKeyRegexp.test(value)) errs.push(regexError(configMapKeyErrMsg, configMapKeyFmt, 'key.name', 'KEY_NAME', 'key-name'));
  errs.push(...hasChDirPrefix(value));
  return errs;
}

const qualifiedNameCharFmt = '[A-Za-z0-9]';
const qualifiedNameExtCharFmt = '[-A-Za-z0-9_.]';
const qualifiedNameFmt = `(${qualifiedNameCharFmt}${qualifiedNameExtCharFmt}*)?${qualifiedNameCharFmt}`;
const qualifiedNameErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const qualifiedNameMaxLength = 63;
const qualifiedNameRegexp = new RegExp(`^${qualifiedNameFmt}$`);

/** validation.IsQualifiedName (label keys, annotation keys, condition types, resource names). */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] as string;
  } else if (parts.length === 2) {
    const prefix = parts[0] as string;
    name = parts[1] as string;
    if (prefix.length === 0) {
      errs.push(`prefix part ${emptyError()}`);
    } else {
      const msgs = isDNS1123Subdomain(prefix);
      errs.push(...msgs.map((m) => `prefix part ${m}`));
    }
  } else {
    return [
      `a qualified name ${regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) {
    errs.push(`name part ${emptyError()}`);
  } else if (byteLen(name) > qualifiedNameMaxLength) {
    errs.push(`name part ${maxLenError(qualifiedNameMaxLength)}`);
  }
  if (!qualifiedNameRegexp.test(name)) {
    errs.push(`name part ${regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc')}`);
  }
  return errs;
}

const labelValueFmt = `(${qualifiedNameFmt})?`;
const labelValueErrMsg =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
export const LABEL_VALUE_MAX_LENGTH = 63;
const labelValueRegexp = new RegExp(`^${labelValueFmt}$`);

/** validation.IsValidLabelValue. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (byteLen(value) > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!labelValueRegexp.test(value)) errs.push(regexError(labelValueErrMsg, labelValueFmt, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** validation.IsValidPortNum: 1..65535. */
export function isValidPortNum(port: number): string[] {
  return port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

/** validation.IsInRange. */
export function isInRange(value: number, min: number, max: number): string[] {
  return value >= min && value <= max ? [] : [inclusiveRangeError(min, max)];
}

const MAX_UID = 0xffffffff;

/** validation.IsValidGroupID: 0..4294967295. */
export function isValidGroupID(gid: number): string[] {
  return gid >= 0 && gid <= MAX_UID ? [] : [inclusiveRangeError(0, MAX_UID)];
}

/** validation.IsValidUserID: 0..4294967295. */
export function isValidUserID(uid: number): string[] {
  return uid >= 0 && uid <= MAX_UID ? [] : [inclusiveRangeError(0, MAX_UID)];
}

/** validation.IsValidPortName (IANA_SVC_NAME). */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (byteLen(port) > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

const httpHeaderNameFmt = '[-A-Za-z0-9]+';
const httpHeaderNameErrMsg = "a valid HTTP header must consist of alphanumeric characters or '-'";

/** validation.IsHTTPHeaderName. */
export function isHTTPHeaderName(value: string): string[] {
  return new RegExp(`^${httpHeaderNameFmt}$`).test(value)
    ? []
    : [regexError(httpHeaderNameErrMsg, httpHeaderNameFmt, 'X-Header-Name')];
}

/** The detail of validation.IsValidIP's error. */
export const INVALID_IP_DETAIL = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

/**
 * netutils.ParseIPSloppy: Go's net.ParseIP that also accepts IPv4 octets with leading zeros
 * (parsed as decimal). Returns true when the text parses as an IPv4 or IPv6 address.
 */
export function parseIPSloppy(value: string): boolean {
  return isIPv4Sloppy(value) || isIPv6(value);
}

function isIPv4Sloppy(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(s: string): boolean {
  if (s.length === 0 || s.includes('%')) return false;
  let text = s;
  let groupsNeeded = 8;
  // an embedded IPv4 tail counts as two groups
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    if (!isIPv4Sloppy(text.slice(lastColon + 1))) return false;
    text = `${text.slice(0, lastColon + 1)}0`;
    groupsNeeded = 7;
  }
  const dbl = text.indexOf('::');
  if (dbl !== text.lastIndexOf('::')) return false;
  const hex = /^[0-9a-fA-F]{1,4}$/;
  if (dbl >= 0) {
    const head = text.slice(0, dbl);
    const tail = text.slice(dbl + 2);
    const h = head === '' ? [] : head.split(':');
    const t = tail === '' ? [] : tail.split(':');
    if (![...h, ...t].every((g) => hex.test(g))) return false;
    return h.length + t.length < groupsNeeded;
  }
  const groups = text.split(':');
  return groups.length === groupsNeeded && groups.every((g) => hex.test(g));
}

/** apimachinery/pkg/api/validation.NameIsDNSSubdomain (prefix=false, as ValidatePodSpec calls it). */
export function nameIsDNSSubdomain(name: string, prefix = false): string[] {
  return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
}

/** apimachinery/pkg/api/validation.NameIsDNSLabel (ValidateNamespaceName). */
export function nameIsDNSLabel(name: string, prefix = false): string[] {
  return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
}

function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/**
 * Validation errors as findings on an object site: the API server's message, at the offending
 * node (an unknown field at its key, a missing field at its parent).
 */
import type { ObjectSite } from '../manifest/index.js';
import { goQuote, invalidObjectMessage, type FieldError } from '../model/field-error.js';
import { formatPath } from '../model/fieldpath.js';
import type { Finding } from '../model/finding.js';
import { knownKind, validateObject } from './index.js';
import { decodeErrorMessage } from './schema.js';

function objectName(site: ObjectSite): string | undefined {
  return site.ref.name;
}

function finding(site: ObjectSite, e: FieldError, message: string, fatal: boolean): Finding {
  const keyed = e.type === 'unknown field' || e.type === 'duplicate field' || e.type === 'Forbidden';
  const f: Finding = {
    ruleId: 'invalid',
    severity: 'error',
    message,
    filePath: site.file.path,
    range: keyed ? site.keyRangeOf(e.path) : site.rangeOf(e.path),
    path: formatPath(e.path),
    object: site.ref,
  };
  if (fatal) f.fatal = true;
  return f;
}

/** Whether the object could be decoded at all (no type errors): lint rules only run on those. */
export interface SiteValidation {
  findings: Finding[];
  decodable: boolean;
}

export function validateSite(site: ObjectSite): SiteValidation {
  const { apiVersion, kind } = site.object;
  const known = knownKind(String(apiVersion), String(kind));
  if (known === 'unknown-in-builtin-group') {
    // kubectl: resource mapping not found … no matches for kind "X" in version "Y"
    return {
      decodable: false,
      findings: [
        {
          ruleId: 'invalid',
          severity: 'error',
          message: `no matches for kind ${goQuote(String(kind))} in version ${goQuote(String(apiVersion))}.`,
          filePath: site.file.path,
          range: site.rangeOf(['kind']),
          path: 'kind',
          object: site.ref,
          fatal: true,
        },
      ],
    };
  }
  if (known !== 'pod-bearing') return { findings: [], decodable: true };
  const result = validateObject(site.object);
  const findings: Finding[] = [];
  for (const e of result.decode) {
    // The API server answers 400 BadRequest: the object cannot be decoded, nothing else is checked.
    // The API server answers 400 BadRequest with the decoder's own words (schema.ts).
    findings.push(finding(site, e, decodeErrorMessage(String(apiVersion), String(kind), e), e.type !== 'unknown field' && e.type !== 'duplicate field'));
  }
  for (const e of result.invalid) {
    findings.push(finding(site, e, invalidObjectMessage(String(kind), objectName(site), [e]), false));
  }
  return { findings, decodable: !result.decode.some((e) => e.type !== 'unknown field' && e.type !== 'duplicate field') };
}

/**
 * A validator for the official OASIS SARIF 2.1.0 schema (test/fixtures/sarif, see its README),
 * shared by the report and action tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));

export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(here, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as {
    definitions: { region: { properties: Record<string, unknown>; anyOf?: unknown } };
  };
  // A known defect of the published schema: region's `anyOf` (startLine | charOffset | byteOffset)
  // sits inside `properties`, where a meta-schema-checking validator rejects it. Move it (in memory,
  // the fixture stays as published) to where it was meant to be, so regions are held to it.
  schema.definitions.region.anyOf = schema.definitions.region.properties.anyOf;
  delete schema.definitions.region.properties.anyOf;

  // ajv-formats is CommonJS (`module.exports = formatsPlugin`): under NodeNext its default import is that function.
  const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    // The schema's `language` pattern starts with the inline flag `(?i)`, which ECMAScript lacks.
    code: {
      regExp: Object.assign(
        (pattern: string, flags: string) => (pattern.startsWith('^(?i)') ? new RegExp(`^${pattern.slice(5)}`, `${flags}i`) : new RegExp(pattern, flags)),
        { code: 'new RegExp' },
      ),
    },
  });
  addFormats(ajv);
  return ajv.compile(schema);
}

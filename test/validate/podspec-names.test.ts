/**
 * names.ts mirrors k8s.io/apimachinery/pkg/util/validation/validation.go; rows follow
 * validation_test.go there (TestIsDNS1123Label, TestIsDNS1123Subdomain, TestIsCIdentifier,
 * TestIsValidPortNum, TestIsValidPortName, TestIsValidLabelValue, TestIsQualifiedName,
 * TestIsConfigMapKey, TestIsEnvVarName, TestIsRelaxedEnvVarName, TestIsHTTPHeaderName,
 * TestIsValidIP, TestIsValidUserID/GroupID) and the message helpers (RegexError, MaxLenError).
 */
import t from 'tap';
import {
  isCIdentifier,
  isConfigMapKey,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
  isEnvVarName,
  isHTTPHeaderName,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidGroupID,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
  isValidUserID,
  parseIPSloppy,
  regexError,
} from '../../src/validate/names.js';

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

type Case = [string, string, (v: string) => string[], string, string[]];
const cases: Case[] = [
  // [name, mirrors, fn, input, expected messages]
  ['label ok', 'TestIsDNS1123Label goodValues', isDNS1123Label, 'a-1', []],
  ['label 63 chars ok', 'TestIsDNS1123Label goodValues', isDNS1123Label, 'a'.repeat(63), []],
  ['label uppercase', 'TestIsDNS1123Label badValues', isDNS1123Label, 'A', [LABEL_MSG]],
  ['label leading dash', 'TestIsDNS1123Label badValues', isDNS1123Label, '-a', [LABEL_MSG]],
  ['label with dots', 'IsDNS1123Label: valid subdomain, not a label', isDNS1123Label, 'a.b', ['must not contain dots']],
  ['label 64 chars', 'TestIsDNS1123Label badValues', isDNS1123Label, 'a'.repeat(64), ['must be no more than 63 characters']],
  ['subdomain ok', 'TestIsDNS1123Subdomain goodValues', isDNS1123Subdomain, 'a.b-c.d', []],
  [
    'subdomain underscore',
    'TestIsDNS1123Subdomain badValues',
    isDNS1123Subdomain,
    'a_b',
    [
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ],
  ],
  ['subdomain with underscore allowed', 'IsDNS1123SubdomainWithUnderscore', isDNS1123SubdomainWithUnderscore, '_srv.example.com', []],
  [
    'C identifier',
    'TestIsCIdentifier badValues',
    isCIdentifier,
    '1a',
    [
      "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used for validation is '[A-Za-z_][A-Za-z0-9_]*')",
    ],
  ],
  ['C identifier ok', 'TestIsCIdentifier goodValues', isCIdentifier, '_a1', []],
  ['port name ok', 'TestIsValidPortName goodValues', isValidPortName, 'http', []],
  ['port name digits only', 'TestIsValidPortName badValues', isValidPortName, '1234', ['must contain at least one letter (a-z)']],
  ['port name too long', 'TestIsValidPortName badValues', isValidPortName, 'abcdefghijklmnop', ['must be no more than 15 characters']],
  ['port name uppercase', 'TestIsValidPortName badValues', isValidPortName, 'HTTP', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
  ['port name double hyphen', 'TestIsValidPortName badValues', isValidPortName, 'a--b', ['must not contain consecutive hyphens']],
  ['port name edge hyphen', 'TestIsValidPortName badValues', isValidPortName, '-ab', ['must not begin or end with a hyphen']],
  ['label value ok', 'TestIsValidLabelValue goodValues', isValidLabelValue, '', []],
  [
    'label value bad char',
    'TestIsValidLabelValue badValues',
    isValidLabelValue,
    'a b',
    [
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ],
  ],
  ['qualified name ok', 'TestIsQualifiedName goodValues', isQualifiedName, 'example.com/Name_1', []],
  ['qualified name empty prefix', 'TestIsQualifiedName badValues', isQualifiedName, '/a', ['prefix part must be non-empty']],
  ['qualified name empty', 'TestIsQualifiedName badValues', isQualifiedName, '', [
    'name part must be non-empty',
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ]],
  ['qualified name two slashes', 'TestIsQualifiedName badValues', isQualifiedName, 'a/b/c', [
    "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
  ]],
  ['config map key ok', 'TestIsConfigMapKey goodValues', isConfigMapKey, 'key.name', []],
  ['config map key ..', 'TestIsConfigMapKey badValues', isConfigMapKey, '..', ["must not be '..'"]],
  ['env var name strict digit start', 'TestIsEnvVarName badValues', isEnvVarName, '1a', [
    "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
  ]],
  ['env var name relaxed allows digit start', 'TestIsRelaxedEnvVarName goodValues', isRelaxedEnvVarName, '1a b', []],
  ['env var name relaxed rejects =', 'TestIsRelaxedEnvVarName badValues', isRelaxedEnvVarName, 'a=b', ["a valid environment variable name must consist only of printable ASCII characters other than '='"]],
  ['http header', 'TestIsHTTPHeaderName badValues', isHTTPHeaderName, 'X_Header', [
    "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
  ]],
];

for (const [name, mirrors, fn, input, expected] of cases) {
  t.test(`${name} [${mirrors}]`, (tt) => {
    tt.same(fn(input), expected);
    tt.end();
  });
}

t.test('IsValidPortNum, IsValidUserID, IsValidGroupID ranges [TestIsValidPortNum, TestIsValidUserID, TestIsValidGroupID]', (tt) => {
  tt.same(isValidPortNum(1), []);
  tt.same(isValidPortNum(65535), []);
  tt.same(isValidPortNum(0), ['must be between 1 and 65535, inclusive']);
  tt.same(isValidPortNum(65536), ['must be between 1 and 65535, inclusive']);
  tt.same(isValidUserID(0), []);
  tt.same(isValidUserID(-1), ['must be between 0 and 4294967295, inclusive']);
  tt.same(isValidGroupID(4294967296), ['must be between 0 and 4294967295, inclusive']);
  tt.end();
});

t.test('ParseIPSloppy accepts IPv4 (leading zeros too) and IPv6 [TestIsValidIP]', (tt) => {
  for (const ok of ['1.2.3.4', '001.002.003.004', '::1', '2001:db8::ffff', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8']) tt.ok(parseIPSloppy(ok), ok);
  for (const bad of ['', '1.2.3', '1.2.3.256', 'a.b.c.d', '1:2:3:4:5:6:7:8:9', '2001:db8::ffff::1', 'fe80::1%eth0', 'example.com']) tt.notOk(parseIPSloppy(bad), bad);
  tt.end();
});

t.test('RegexError without examples [RegexError]', (tt) => {
  tt.equal(regexError('msg', 'fmt'), "msg (regex used for validation is 'fmt')");
  tt.end();
});

t.test("lengths are Go's len(string): UTF-8 bytes [validation.MaxLenError callers use len()]", async (tt) => {
  const { byteLen } = await import('../../src/validate/names.js');
  tt.equal(byteLen('abc'), 3);
  tt.equal(byteLen('é'), 2);
  tt.equal(byteLen('日本'), 6);
  tt.equal(byteLen('😀'), 4);
  tt.end();
});

/**
 * GitHub workflow-command annotations. Escaping mirrors @actions/core src/command.ts
 * (escapeData: % \r \n; escapeProperty: also : and ,) and the property names mirror
 * toCommandProperties (file, line, endLine, col, endColumn, title). The toolkit documents that
 * col/endColumn cannot be sent when startLine and endLine differ.
 */
import t from 'tap';
import { annotationCommand, escapeData, escapeProperty, formatReport, toAnnotation } from '../../src/report/index.js';
import { CWD, input, INVALID, NO_PROBE } from './fixtures.js';

t.test('one command per unsuppressed finding', async (t) => {
  t.equal(
    formatReport('github', input()),
    [
      '::error file=pods/web.yaml,line=6,col=18,endLine=6,endColumn=22,title=invalid::Bad value.',
      // A range over two lines: no col/endColumn.
      '::notice file=pods/web.yaml,line=8,endLine=9,title=liveness-probe::No liveness probe.',
      // The remediation follows on a second line (%0A).
      '::warning file=pods/web.yaml,line=9,col=14,endLine=9,endColumn=19,title=no-latest-tag::Image has no tag.%0APin the image to a tag or digest.',
      '::error file=broken.yaml,line=1,col=1,endLine=1,endColumn=1,title=parse-error::Could not parse YAML.',
      '',
    ].join('\n'),
  );
});

t.test('escaping as @actions/core does it', async (t) => {
  t.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
  t.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  // % first, so an escape is never escaped twice.
  t.equal(escapeData('%0A'), '%250A');
  const cmd = annotationCommand(
    toAnnotation({ ...INVALID, filePath: '/repo/dir,1/a:b.yaml', ruleId: 'x,y', message: 'line1\nline2 :: 50%' }, CWD),
  );
  t.equal(cmd, '::error file=dir%2C1/a%3Ab.yaml,line=6,col=18,endLine=6,endColumn=22,title=x%2Cy::line1%0Aline2 :: 50%25');
});

t.test('severity to command and path relative to the workspace', async (t) => {
  const a = toAnnotation(NO_PROBE, CWD);
  t.equal(a.level, 'notice');
  t.same(a.properties, { file: 'pods/web.yaml', line: 8, endLine: 9, title: 'liveness-probe' });
  t.equal(toAnnotation({ ...INVALID, filePath: '/other/x.yaml' }, CWD).properties.file, '/other/x.yaml');
});

t.test('quiet and clean', async (t) => {
  t.equal(formatReport('github', input(), { quiet: true }).split('\n').filter(Boolean).length, 2);
  t.equal(formatReport('github', { ...input(), results: [{ filePath: 'a.yaml', findings: [] }] }), '');
});

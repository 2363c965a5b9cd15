/**
 * podspec-annotations.ts mirrors ValidatePodSpecificAnnotations, ValidateSeccompPodAnnotations,
 * ValidateAppArmorPodAnnotations, validateSeccompAnnotationsAndFields and
 * validateAppArmorAnnotationsAndFieldsMatchOnCreate (pkg/apis/core/validation/validation.go);
 * rows follow validation_test.go TestValidatePodSpecificAnnotations / TestValidateSeccompAnnotationsAndFieldsMatch
 * / TestValidateAppArmorAnnotationsAndFieldsMatchOnCreate / TestValidatePodDeletionCostAnnotation.
 */
import t from 'tap';
import { formatFieldError } from '../../src/model/field-error.js';
import { validateAnnotationsMatchFields, validatePodSpecificAnnotations } from '../../src/validate/podspec.js';

const spec = (extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'ctr', image: 'image', ...extra }] });
const ANN = ['metadata', 'annotations'];
const fmt = (errs: Parameters<typeof formatFieldError>[0][]) => errs.map(formatFieldError);

t.test('mirror pod annotation needs spec.nodeName [TestValidatePodSpecificAnnotations "mirror pod without nodeName"]', (tt) => {
  tt.same(fmt(validatePodSpecificAnnotations({ 'kubernetes.io/config.mirror': 'x' }, spec(), ANN)), [
    'metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "x": must set spec.nodeName if mirror pod annotation is set',
  ]);
  tt.same(validatePodSpecificAnnotations({ 'kubernetes.io/config.mirror': 'x' }, { ...spec(), nodeName: 'n' }, ANN), []);
  tt.end();
});

t.test('pod-deletion-cost must be an int32 [TestValidatePodDeletionCostAnnotation]', (tt) => {
  for (const ok of ['0', '10', '-10', '2147483647']) tt.same(validatePodSpecificAnnotations({ 'controller.kubernetes.io/pod-deletion-cost': ok }, spec(), ANN), [], ok);
  for (const bad of ['+10', '010', 'abc', '2147483648', '']) {
    tt.same(
      fmt(validatePodSpecificAnnotations({ 'controller.kubernetes.io/pod-deletion-cost': bad }, spec(), ANN)),
      [`metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value: ${JSON.stringify(bad)}: must be a 32bit integer`],
      bad,
    );
  }
  tt.end();
});

t.test('seccomp annotations [TestValidateSeccompAnnotations]', (tt) => {
  tt.same(validatePodSpecificAnnotations({ 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' }, spec(), ANN), []);
  tt.same(fmt(validatePodSpecificAnnotations({ 'seccomp.security.alpha.kubernetes.io/pod': 'foo' }, spec(), ANN)), [
    'metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: "foo": must be a valid seccomp profile',
  ]);
  tt.same(fmt(validatePodSpecificAnnotations({ 'container.seccomp.security.alpha.kubernetes.io/ctr': 'localhost/../x' }, spec(), ANN)), [
    `metadata.annotations.container.seccomp.security.alpha.kubernetes.io/ctr: Invalid value: "../x": must not contain '..'`,
  ]);
  tt.end();
});

t.test('AppArmor annotations [TestValidateAppArmorProfileFormat, "container not found"]', (tt) => {
  tt.same(fmt(validatePodSpecificAnnotations({ 'container.apparmor.security.beta.kubernetes.io/other': 'runtime/default' }, spec(), ANN)), [
    'metadata.annotations[container.apparmor.security.beta.kubernetes.io/other]: Invalid value: "other": container not found',
  ]);
  tt.same(fmt(validatePodSpecificAnnotations({ 'container.apparmor.security.beta.kubernetes.io/ctr': 'bogus' }, spec(), ANN)), [
    'metadata.annotations[container.apparmor.security.beta.kubernetes.io/ctr]: Invalid value: "bogus": invalid AppArmor profile name: "bogus"',
  ]);
  tt.end();
});

t.test('tolerations annotation validated as tolerations [ValidateTolerationsInPodAnnotations]', (tt) => {
  const errs = validatePodSpecificAnnotations({ 'scheduler.alpha.kubernetes.io/tolerations': '[{"key":"a","operator":"Bogus"}]' }, spec(), ANN);
  tt.same(fmt(errs), [
    'metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: Unsupported value: "Bogus": supported values: "Equal", "Exists"',
  ]);
  tt.equal(validatePodSpecificAnnotations({ 'scheduler.alpha.kubernetes.io/tolerations': '[' }, spec(), ANN).length, 1, 'unparsable JSON');
  tt.end();
});

t.test('seccomp annotation and field must match [TestValidateSeccompAnnotationsAndFieldsMatch]', (tt) => {
  const s = { ...spec({ securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }) };
  tt.same(fmt(validateAnnotationsMatchFields({ 'container.seccomp.security.alpha.kubernetes.io/ctr': 'unconfined' }, s, ['spec'])), [
    'spec.containers[0].securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match',
  ]);
  tt.same(validateAnnotationsMatchFields({ 'container.seccomp.security.alpha.kubernetes.io/ctr': 'docker/default' }, s, ['spec']), []);
  const local = { containers: [{ name: 'ctr', image: 'i' }], securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'a.json' } } };
  tt.same(fmt(validateAnnotationsMatchFields({ 'seccomp.security.alpha.kubernetes.io/pod': 'localhost/b.json' }, local, ['spec'])), [
    'spec.securityContext.seccompProfile.localhostProfile: Forbidden: seccomp profile in annotation and field must match',
  ]);
  tt.end();
});

t.test('AppArmor annotation and field must match [TestValidateAppArmorAnnotationsAndFieldsMatchOnCreate]', (tt) => {
  const s = { containers: [{ name: 'ctr', image: 'i' }], securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } };
  tt.same(fmt(validateAnnotationsMatchFields({ 'container.apparmor.security.beta.kubernetes.io/ctr': 'unconfined' }, s, ['spec'])), [
    'spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match',
  ]);
  tt.same(validateAnnotationsMatchFields({ 'container.apparmor.security.beta.kubernetes.io/ctr': 'unconfined' }, { ...s, os: { name: 'windows' } }, ['spec']), [], 'skipped for windows pods');
  tt.end();
});

t.test('deprecated serviceAccount is validated like serviceAccountName [Convert_v1_PodSpec_To_core_PodSpec]', async (tt) => {
  const { validatePodSpec } = await import('../../src/validate/podspec.js');
  tt.same(fmt(validatePodSpec({ containers: [{ name: 'c', image: 'i' }], serviceAccount: 'Bad_SA' }, ['spec'], { context: 'pod' })).length, 1);
  tt.end();
});

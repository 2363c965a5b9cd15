/**
 * Container validation (validateContainers, validateInitContainers, validateEphemeralContainers,
 * validateContainerCommon and what they call in pkg/apis/core/validation/validation.go); rows
 * mirror validation_test.go: TestValidateContainers, TestValidateInitContainers,
 * TestValidateEphemeralContainers, TestValidatePorts, TestValidateEnv, TestValidateEnvFrom,
 * TestValidateVolumeMounts, TestValidateProbe, TestValidateHandler, TestValidatePullPolicy,
 * TestValidateResourceRequirements, TestValidateSecurityContext, TestValidateSleepAction.
 */
import { run, spec, ctr, type Row } from './podspec-helpers.js';

const withVol = (c: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  spec({ volumes: [{ name: 'vol', emptyDir: {} }], containers: [ctr(c)], ...extra });
const one = (c: Record<string, unknown>, extra: Record<string, unknown> = {}) => spec({ containers: [ctr(c)], ...extra });
const C0 = 'spec.containers[0]';

const rows: Row[] = [
  // --- names and images ---
  {
    name: 'duplicate container names',
    mirrors: 'TestValidateContainers errorCases "duplicate names"',
    spec: spec({ containers: [ctr(), ctr()] }),
    expect: [{ path: 'spec.containers[1].name', type: 'Duplicate value', message: 'spec.containers[1].name: Duplicate value: "ctr"' }],
  },
  {
    name: 'init container named like a container',
    mirrors: 'TestValidateInitContainers errorCases "duplicate names"',
    spec: spec({ initContainers: [ctr()] }),
    expect: [{ path: 'spec.initContainers[0].name', type: 'Duplicate value' }],
  },
  {
    name: 'empty container name',
    mirrors: 'TestValidateContainers errorCases "zero-length name"',
    spec: spec({ containers: [{ name: '', image: 'image' }] }),
    expect: [{ path: `${C0}.name`, type: 'Required value', message: `${C0}.name: Required value` }],
  },
  {
    name: 'container name with an upper-case letter',
    mirrors: 'TestValidateContainers errorCases "name > 63 characters"/"name not a DNS label"',
    spec: spec({ containers: [{ name: 'Ctr', image: 'image' }] }),
    expect: [{ path: `${C0}.name`, type: 'Invalid value' }],
  },
  {
    name: 'missing image',
    mirrors: 'TestValidateContainers errorCases "zero-length image"',
    spec: spec({ containers: [{ name: 'ctr' }] }),
    expect: [{ path: `${C0}.image`, type: 'Required value', message: `${C0}.image: Required value` }],
  },
  {
    name: 'image with whitespace in a Pod',
    mirrors: 'TestValidatePodCreate "image whitespace"; validateContainerOnlyForPod',
    spec: spec({ containers: [{ name: 'ctr', image: ' image' }] }),
    expect: [{ path: `${C0}.image`, type: 'Invalid value', message: `${C0}.image: Invalid value: " image": must not have leading or trailing whitespace` }],
  },
  {
    name: 'image with whitespace in a template is tolerated',
    mirrors: 'validateContainersOnlyForPod is pod-only (openshift/origin#14659)',
    context: 'template',
    spec: spec({ containers: [{ name: 'ctr', image: ' image' }] }),
    expect: [],
  },
  // --- enums ---
  {
    name: 'imagePullPolicy unsupported',
    mirrors: 'TestValidatePullPolicy / TestValidateContainers "invalid image pull policy"',
    spec: one({ imagePullPolicy: 'Sometimes' }),
    expect: [
      {
        path: `${C0}.imagePullPolicy`,
        type: 'Unsupported value',
        message: `${C0}.imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"`,
      },
    ],
  },
  { name: 'imagePullPolicy defaulted', mirrors: 'SetDefaults_Container; TestValidatePullPolicy', spec: one({}), expect: [] },
  {
    name: 'terminationMessagePolicy unsupported',
    mirrors: 'TestValidateContainers "invalid terminationMessagePolicy"',
    spec: one({ terminationMessagePolicy: 'Unknown' }),
    expect: [
      {
        path: `${C0}.terminationMessagePolicy`,
        type: 'Unsupported value',
        message: `${C0}.terminationMessagePolicy: Unsupported value: "Unknown": supported values: "File", "FallbackToLogsOnError"`,
      },
    ],
  },
  { name: 'terminationMessagePolicy FallbackToLogsOnError', mirrors: 'TestValidateContainers successCase', spec: one({ terminationMessagePolicy: 'FallbackToLogsOnError' }), expect: [] },
  {
    name: 'restartPolicy on a regular container',
    mirrors: 'TestValidateContainers "invalid restart policy"; validateContainers (ContainerRestartRules off)',
    opts: { containerRestartRules: false },
    spec: one({ restartPolicy: 'Always' }),
    expect: [{ path: `${C0}.restartPolicy`, type: 'Forbidden', message: `${C0}.restartPolicy: Forbidden: may not be set for non-init containers` }],
  },
  { name: 'container restartPolicy Never (ContainerRestartRules)', mirrors: 'KEP-5307 container restart rules (beta 1.35)', spec: one({ restartPolicy: 'Never' }), expect: [] },
  {
    name: 'container restartPolicyRules',
    mirrors: 'KEP-5307 restartPolicyRules: action Restart, exitCodes In/NotIn',
    spec: one({ restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] }),
    expect: [],
  },
  {
    name: 'container restartPolicyRules without exitCodes and bad action',
    mirrors: 'validateContainerRestartPolicy (approximated: rule needs exitCodes, action Restart)',
    spec: one({ restartPolicy: 'Never', restartPolicyRules: [{ action: 'Kill' }] }),
    expect: [
      { path: `${C0}.restartPolicyRules[0].action`, type: 'Unsupported value' },
      { path: `${C0}.restartPolicyRules[0].exitCodes`, type: 'Required value', message: `${C0}.restartPolicyRules[0].exitCodes: Required value: must be specified` },
    ],
  },
  {
    name: 'container restartPolicy unsupported',
    mirrors: 'validateContainerRestartPolicy (approximated enum)',
    spec: one({ restartPolicy: 'Sometimes' }),
    expect: [{ path: `${C0}.restartPolicy`, type: 'Unsupported value' }],
  },
  // --- ports ---
  {
    name: 'containerPort missing',
    mirrors: 'TestValidatePorts "zero container port"',
    spec: one({ ports: [{ name: 'http' }] }),
    expect: [{ path: `${C0}.ports[0].containerPort`, type: 'Required value' }],
  },
  {
    name: 'containerPort out of range',
    mirrors: 'TestValidatePorts "invalid container port"',
    spec: one({ ports: [{ containerPort: 65536 }] }),
    expect: [
      { path: `${C0}.ports[0].containerPort`, type: 'Invalid value', message: `${C0}.ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive` },
    ],
  },
  {
    name: 'hostPort out of range',
    mirrors: 'TestValidatePorts "invalid host port"',
    spec: one({ ports: [{ containerPort: 80, hostPort: 70000 }] }),
    expect: [{ path: `${C0}.ports[0].hostPort`, type: 'Invalid value' }],
  },
  {
    name: 'protocol unsupported',
    mirrors: 'TestValidatePorts "invalid protocol case"',
    spec: one({ ports: [{ containerPort: 80, protocol: 'tcp' }] }),
    expect: [
      { path: `${C0}.ports[0].protocol`, type: 'Unsupported value', message: `${C0}.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"` },
    ],
  },
  { name: 'protocol defaulted to TCP', mirrors: 'ContainerPort +default="TCP"; TestValidatePorts successCase', spec: one({ ports: [{ containerPort: 80 }] }), expect: [] },
  { name: 'UDP and SCTP ports', mirrors: 'TestValidatePorts successCase', spec: one({ ports: [{ containerPort: 53, protocol: 'UDP' }, { containerPort: 9, protocol: 'SCTP' }] }), expect: [] },
  {
    name: 'duplicate port names',
    mirrors: 'TestValidatePorts "non-unique port name"',
    spec: one({ ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }] }),
    expect: [{ path: `${C0}.ports[1].name`, type: 'Duplicate value', message: `${C0}.ports[1].name: Duplicate value: "http"` }],
  },
  {
    name: 'port name not an IANA_SVC_NAME',
    mirrors: 'TestValidatePorts "name not a IANA svc name"',
    spec: one({ ports: [{ name: 'a.b.c', containerPort: 80 }] }),
    expect: [
      { path: `${C0}.ports[0].name`, type: 'Invalid value', message: `${C0}.ports[0].name: Invalid value: "a.b.c": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)` },
    ],
  },
  {
    name: 'host port conflict across containers',
    mirrors: 'TestValidateContainers "duplicate hostPort"; checkHostPortConflicts',
    spec: spec({ containers: [ctr({ ports: [{ containerPort: 80, hostPort: 8080 }] }), ctr({ name: 'two', ports: [{ containerPort: 81, hostPort: 8080 }] })] }),
    expect: [{ path: 'spec.containers[1].ports[0].hostPort', type: 'Duplicate value', message: 'spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"' }],
  },
  {
    name: 'same hostPort on different protocols',
    mirrors: 'AccumulateUniqueHostPorts keys on protocol/hostIP/port',
    spec: spec({ containers: [ctr({ ports: [{ containerPort: 53, hostPort: 53 }, { containerPort: 53, hostPort: 53, protocol: 'UDP' }] })] }),
    expect: [],
  },
  // --- env ---
  { name: 'env var with value', mirrors: 'TestValidateEnv successCase', spec: one({ env: [{ name: 'ABC', value: 'value' }] }), expect: [] },
  {
    name: 'env var without name',
    mirrors: 'TestValidateEnv errorCases "zero-length name"',
    spec: one({ env: [{ value: 'x' }] }),
    expect: [{ path: `${C0}.env[0].name`, type: 'Required value' }],
  },
  { name: 'env name starting with a digit (relaxed)', mirrors: 'TestValidateEnv relaxed "1abc"', spec: one({ env: [{ name: '1abc', value: 'x' }] }), expect: [] },
  {
    name: 'env name starting with a digit (strict)',
    mirrors: 'TestValidateEnv errorCases "name not a C identifier"',
    opts: { relaxedEnvVarNames: false },
    spec: one({ env: [{ name: '1abc', value: 'x' }] }),
    expect: [{ path: `${C0}.env[0].name`, type: 'Invalid value' }],
  },
  {
    name: 'env name with "="',
    mirrors: 'TestValidateEnv relaxed errorCases; IsRelaxedEnvVarName',
    spec: one({ env: [{ name: 'a=b', value: 'x' }] }),
    expect: [
      {
        path: `${C0}.env[0].name`,
        type: 'Invalid value',
        message: `${C0}.env[0].name: Invalid value: "a=b": a valid environment variable name must consist only of printable ASCII characters other than '='`,
      },
    ],
  },
  {
    name: 'value and valueFrom',
    mirrors: 'TestValidateEnv "value and valueFrom specified"',
    spec: one({ env: [{ name: 'abc', value: 'foo', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }),
    expect: [
      { path: `${C0}.env[0].valueFrom`, type: 'Invalid value', message: `${C0}.env[0].valueFrom: Invalid value: "": may not be specified when \`value\` is not empty` },
    ],
  },
  {
    name: 'valueFrom with two sources',
    mirrors: 'TestValidateEnv "valueFrom.fieldRef and valueFrom.secretKeyRef specified"',
    spec: one({ env: [{ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 'a-secret', key: 'a-key' } } }] }),
    expect: [
      { path: `${C0}.env[0].valueFrom`, type: 'Invalid value', message: `${C0}.env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time` },
    ],
  },
  {
    name: 'valueFrom without a source',
    mirrors: 'validateEnvVarValueFrom numSources == 0',
    spec: one({ env: [{ name: 'abc', valueFrom: {} }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom`,
        type: 'Invalid value',
        message: `${C0}.env[0].valueFrom: Invalid value: "": must specify one of: \`fieldRef\`, \`resourceFieldRef\`, \`configMapKeyRef\` or \`secretKeyRef\``,
      },
    ],
  },
  {
    name: 'fieldRef to status.phase',
    mirrors: 'TestValidateEnv "unsupported fieldPath"',
    spec: one({ env: [{ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom.fieldRef.fieldPath`,
        type: 'Unsupported value',
        message: `${C0}.env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"`,
      },
    ],
  },
  {
    name: 'fieldRef to an unknown field',
    mirrors: 'TestValidateEnv "invalid fieldPath"; ConvertDownwardAPIFieldLabel',
    spec: one({ env: [{ name: 'abc', valueFrom: { fieldRef: { fieldPath: 'metadata.whoops' } } }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom.fieldRef.fieldPath`,
        type: 'Invalid value',
        message: `${C0}.env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.whoops": error converting fieldPath: field label not supported: metadata.whoops`,
      },
    ],
  },
  {
    name: 'fieldRef with an unsupported apiVersion',
    mirrors: 'TestValidateEnv "invalid fieldPath apiVersion"',
    spec: one({ env: [{ name: 'abc', valueFrom: { fieldRef: { apiVersion: 'v2', fieldPath: 'metadata.name' } } }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom.fieldRef.fieldPath`,
        type: 'Invalid value',
        message: `${C0}.env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2`,
      },
    ],
  },
  {
    name: 'fieldRef subscript on metadata.name',
    mirrors: 'TestValidateEnv "metadata.name with subscript"',
    spec: one({ env: [{ name: 'abc', valueFrom: { fieldRef: { fieldPath: "metadata.name['key']" } } }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom.fieldRef.fieldPath`,
        type: 'Invalid value',
        message: `${C0}.env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name['key']": error converting fieldPath: field label does not support subscript: metadata.name['key']`,
      },
    ],
  },
  {
    name: 'fieldRef to a label and other pod fields',
    mirrors: 'TestValidateEnv successCase (labels subscript, hostIPs, podIPs)',
    spec: one({
      env: [
        { name: 'a', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app.kubernetes.io/name']" } } },
        { name: 'b', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['Kubernetes.io/x']" } } },
        { name: 'c', valueFrom: { fieldRef: { fieldPath: 'status.hostIPs' } } },
        { name: 'd', valueFrom: { fieldRef: { fieldPath: 'spec.serviceAccountName' } } },
      ],
    }),
    expect: [],
  },
  {
    name: 'fieldRef to an invalid label key',
    mirrors: 'TestValidateEnv "invalid label subscript"',
    spec: one({ env: [{ name: 'abc', valueFrom: { fieldRef: { fieldPath: "metadata.labels['a/b/c']" } } }] }),
    expect: [{ path: `${C0}.env[0].valueFrom.fieldRef`, type: 'Invalid value' }],
  },
  {
    name: 'resourceFieldRef unsupported resource',
    mirrors: 'TestValidateEnv "invalid resource"',
    spec: one({ env: [{ name: 'abc', valueFrom: { resourceFieldRef: { resource: 'limits.foo' } } }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom.resourceFieldRef.resource`,
        type: 'Unsupported value',
        message: `${C0}.env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.foo": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"`,
      },
    ],
  },
  { name: 'resourceFieldRef hugepages prefix', mirrors: 'validContainerResourceFieldPathPrefixesWithDownwardAPIHugePages', spec: one({ env: [{ name: 'abc', valueFrom: { resourceFieldRef: { resource: 'limits.hugepages-2Mi' } } }] }), expect: [] },
  {
    name: 'resourceFieldRef bad cpu divisor',
    mirrors: 'TestValidateEnv "invalid cpu divisor"; validateContainerResourceDivisor',
    spec: one({ env: [{ name: 'abc', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '2' } } }] }),
    expect: [
      {
        path: `${C0}.env[0].valueFrom.resourceFieldRef.divisor`,
        type: 'Invalid value',
        message: `${C0}.env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`,
      },
    ],
  },
  { name: 'resourceFieldRef memory divisor 1Mi', mirrors: 'TestValidateEnv successCase divisor', spec: one({ env: [{ name: 'abc', valueFrom: { resourceFieldRef: { resource: 'requests.memory', divisor: '1Mi' } } }] }), expect: [] },
  {
    name: 'resourceFieldRef without resource',
    mirrors: 'validateContainerResourceFieldSelector len(fs.Resource) == 0',
    spec: one({ env: [{ name: 'abc', valueFrom: { resourceFieldRef: {} } }] }),
    expect: [{ path: `${C0}.env[0].valueFrom.resourceFieldRef.resource`, type: 'Required value' }],
  },
  {
    name: 'configMapKeyRef without key',
    mirrors: 'TestValidateEnv "missing key"; validateConfigMapKeySelector',
    spec: one({ env: [{ name: 'abc', valueFrom: { configMapKeyRef: { name: 'cm' } } }] }),
    expect: [{ path: `${C0}.env[0].valueFrom.configMapKeyRef.key`, type: 'Required value' }],
  },
  {
    name: 'secretKeyRef with a bad key and name',
    mirrors: 'TestValidateEnv "invalid secret key"; validateSecretKeySelector',
    spec: one({ env: [{ name: 'abc', valueFrom: { secretKeyRef: { name: 'Bad', key: 'a b' } } }] }),
    expect: [
      { path: `${C0}.env[0].valueFrom.secretKeyRef.name`, type: 'Invalid value' },
      { path: `${C0}.env[0].valueFrom.secretKeyRef.key`, type: 'Invalid value' },
    ],
  },
  { name: 'fileKeyRef counts as a source', mirrors: 'validateEnvVarValueFrom with EnvFiles (fileKeyRef)', spec: one({ env: [{ name: 'abc', valueFrom: { fileKeyRef: { volumeName: 'v', path: 'env', key: 'K' } } }] }), expect: [] },
  // --- envFrom ---
  { name: 'envFrom configMapRef', mirrors: 'TestValidateEnvFrom successCase', spec: one({ envFrom: [{ prefix: 'pre_', configMapRef: { name: 'abc' } }] }), expect: [] },
  {
    name: 'envFrom without a source',
    mirrors: 'TestValidateEnvFrom "no refs"',
    spec: one({ envFrom: [{ prefix: 'a' }] }),
    expect: [{ path: `${C0}.envFrom`, type: 'Invalid value', message: `${C0}.envFrom: Invalid value: "": must specify one of: \`configMapRef\` or \`secretRef\`` }],
  },
  {
    name: 'envFrom with both sources',
    mirrors: 'TestValidateEnvFrom "multiple refs"',
    spec: one({ envFrom: [{ configMapRef: { name: 'a' }, secretRef: { name: 'b' } }] }),
    expect: [{ path: `${C0}.envFrom`, type: 'Invalid value', message: `${C0}.envFrom: Invalid value: "": may not have more than one field specified at a time` }],
  },
  {
    name: 'envFrom configMapRef without name',
    mirrors: 'TestValidateEnvFrom "zero-length name"',
    spec: one({ envFrom: [{ configMapRef: {} }] }),
    expect: [{ path: `${C0}.envFrom[0].configMapRef.name`, type: 'Required value' }],
  },
  {
    name: 'envFrom secretRef with invalid name',
    mirrors: 'TestValidateEnvFrom "invalid name"',
    spec: one({ envFrom: [{ secretRef: { name: '$' } }] }),
    expect: [{ path: `${C0}.envFrom[0].secretRef.name`, type: 'Invalid value' }],
  },
  // --- volume mounts ---
  { name: 'volume mount ok', mirrors: 'TestValidateVolumeMounts successCase', spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', subPath: 'a/b' }] }), expect: [] },
  {
    name: 'volume mount to an unknown volume',
    mirrors: 'TestValidateVolumeMounts "name not found"',
    spec: withVol({ volumeMounts: [{ name: 'missing', mountPath: '/foo' }] }),
    expect: [{ path: `${C0}.volumeMounts[0].name`, type: 'Not found', message: `${C0}.volumeMounts[0].name: Not found: "missing"` }],
  },
  {
    name: 'volume mount without mountPath',
    mirrors: 'TestValidateVolumeMounts "empty mountpath"',
    spec: withVol({ volumeMounts: [{ name: 'vol' }] }),
    expect: [{ path: `${C0}.volumeMounts[0].mountPath`, type: 'Required value' }],
  },
  {
    name: 'duplicate mountPath',
    mirrors: 'TestValidateVolumeMounts "mountpath collision"',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo' }, { name: 'vol', mountPath: '/foo' }] }),
    expect: [{ path: `${C0}.volumeMounts[1].mountPath`, type: 'Invalid value', message: `${C0}.volumeMounts[1].mountPath: Invalid value: "/foo": must be unique` }],
  },
  {
    name: 'absolute subPath',
    mirrors: 'TestValidateVolumeMounts "absolute subpath" (Go reports at volumeMounts.subPath)',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', subPath: '/baz' }] }),
    expect: [{ path: `${C0}.volumeMounts.subPath`, type: 'Invalid value', message: `${C0}.volumeMounts.subPath: Invalid value: "/baz": must be a relative path` }],
  },
  {
    name: 'subPath with ..',
    mirrors: 'TestValidateVolumeMounts "subpath contains .."',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', subPath: 'baz/../bat' }] }),
    expect: [{ path: `${C0}.volumeMounts.subPath`, type: 'Invalid value', message: `${C0}.volumeMounts.subPath: Invalid value: "baz/../bat": must not contain '..'` }],
  },
  {
    name: 'subPath and subPathExpr together',
    mirrors: 'TestValidateSubpathMutuallyExclusive',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', subPath: 'a', subPathExpr: '$(POD_NAME)' }] }),
    expect: [{ path: `${C0}.volumeMounts[0].subPathExpr`, type: 'Invalid value', message: `${C0}.volumeMounts[0].subPathExpr: Invalid value: "$(POD_NAME)": subPathExpr and subPath are mutually exclusive` }],
  },
  {
    name: 'Bidirectional propagation in an unprivileged container',
    mirrors: 'TestValidateMountPropagation "Bidirectional in non-privileged container"',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', mountPropagation: 'Bidirectional' }] }),
    expect: [
      { path: `${C0}.volumeMounts.mountPropagation`, type: 'Forbidden', message: `${C0}.volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers` },
    ],
  },
  {
    name: 'Bidirectional propagation in a privileged container',
    mirrors: 'TestValidateMountPropagation successCase',
    spec: withVol({ securityContext: { privileged: true }, volumeMounts: [{ name: 'vol', mountPath: '/foo', mountPropagation: 'Bidirectional' }] }),
    expect: [],
  },
  {
    name: 'unknown mountPropagation',
    mirrors: 'TestValidateMountPropagation "invalid propagation mode"',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', mountPropagation: 'foo' }] }),
    expect: [
      { path: `${C0}.volumeMounts.mountPropagation`, type: 'Unsupported value', message: `${C0}.volumeMounts.mountPropagation: Unsupported value: "foo": supported values: "Bidirectional", "HostToContainer", "None"` },
    ],
  },
  {
    name: 'recursiveReadOnly without readOnly',
    mirrors: 'TestValidateMountRecursiveReadOnly "Enabled, !readOnly"',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', recursiveReadOnly: 'Enabled' }] }),
    expect: [{ path: `${C0}.volumeMounts.recursiveReadOnly`, type: 'Forbidden', message: `${C0}.volumeMounts.recursiveReadOnly: Forbidden: may only be specified when readOnly is true` }],
  },
  {
    name: 'recursiveReadOnly with propagation',
    mirrors: 'TestValidateMountRecursiveReadOnly "IfPossible, propagation HostToContainer"',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', readOnly: true, recursiveReadOnly: 'IfPossible', mountPropagation: 'HostToContainer' }] }),
    expect: [{ path: `${C0}.volumeMounts.recursiveReadOnly`, type: 'Forbidden' }],
  },
  {
    name: 'recursiveReadOnly unsupported value',
    mirrors: 'TestValidateMountRecursiveReadOnly "invalid value"',
    spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', readOnly: true, recursiveReadOnly: 'Yes' }] }),
    expect: [
      { path: `${C0}.volumeMounts.recursiveReadOnly`, type: 'Unsupported value', message: `${C0}.volumeMounts.recursiveReadOnly: Unsupported value: "Yes": supported values: "Disabled", "Enabled", "IfPossible"` },
    ],
  },
  { name: 'recursiveReadOnly Enabled with readOnly', mirrors: 'TestValidateMountRecursiveReadOnly successCase', spec: withVol({ volumeMounts: [{ name: 'vol', mountPath: '/foo', readOnly: true, recursiveReadOnly: 'Enabled' }] }), expect: [] },
  // --- probes ---
  {
    name: 'liveness probe without a handler',
    mirrors: 'TestValidateProbe / TestValidateContainers "invalid liveness probe, no handler"',
    spec: one({ livenessProbe: { initialDelaySeconds: 5 } }),
    expect: [{ path: `${C0}.livenessProbe`, type: 'Required value', message: `${C0}.livenessProbe: Required value: must specify a handler type` }],
  },
  {
    name: 'probe with two handlers',
    mirrors: 'TestValidateHandler "multiple handlers"',
    spec: one({ readinessProbe: { exec: { command: ['true'] }, httpGet: { port: 80 } } }),
    expect: [{ path: `${C0}.readinessProbe.httpGet`, type: 'Forbidden', message: `${C0}.readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type` }],
  },
  {
    name: 'liveness successThreshold must be 1',
    mirrors: 'TestValidateContainers "invalid liveness probe, successThreshold != 1"',
    spec: one({ livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } }),
    expect: [{ path: `${C0}.livenessProbe.successThreshold`, type: 'Invalid value', message: `${C0}.livenessProbe.successThreshold: Invalid value: 2: must be 1` }],
  },
  {
    name: 'startup successThreshold must be 1',
    mirrors: 'TestValidateContainers "invalid startup probe, successThreshold != 1"',
    spec: one({ startupProbe: { tcpSocket: { port: 80 }, successThreshold: 3 } }),
    expect: [{ path: `${C0}.startupProbe.successThreshold`, type: 'Invalid value' }],
  },
  { name: 'readiness successThreshold 3', mirrors: 'validateReadinessProbe allows successThreshold > 1', spec: one({ readinessProbe: { tcpSocket: { port: 80 }, successThreshold: 3 } }), expect: [] },
  { name: 'probe thresholds defaulted from 0', mirrors: 'SetDefaults_Probe', spec: one({ livenessProbe: { exec: { command: ['x'] }, successThreshold: 0, failureThreshold: 0 } }), expect: [] },
  {
    name: 'negative probe fields',
    mirrors: 'TestValidateProbe errorCases (negative values); ValidateNonnegativeField',
    spec: one({ readinessProbe: { exec: { command: ['x'] }, initialDelaySeconds: -1, periodSeconds: -2 } }),
    expect: [
      { path: `${C0}.readinessProbe.initialDelaySeconds`, type: 'Invalid value', message: `${C0}.readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0` },
      { path: `${C0}.readinessProbe.periodSeconds`, type: 'Invalid value' },
    ],
  },
  {
    name: 'readiness probe with terminationGracePeriodSeconds',
    mirrors: 'TestValidateContainers "invalid readiness probe, terminationGracePeriodSeconds set"',
    spec: one({ readinessProbe: { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 10 } }),
    expect: [
      { path: `${C0}.readinessProbe.terminationGracePeriodSeconds`, type: 'Invalid value', message: `${C0}.readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes` },
    ],
  },
  {
    name: 'liveness terminationGracePeriodSeconds 0',
    mirrors: 'TestValidateProbe "terminationGracePeriodSeconds zero"',
    spec: one({ livenessProbe: { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 0 } }),
    expect: [{ path: `${C0}.livenessProbe.terminationGracePeriodSeconds`, type: 'Invalid value', message: `${C0}.livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0` }],
  },
  {
    name: 'exec probe without command',
    mirrors: 'TestValidateHandler "invalid exec"; validateExecAction',
    spec: one({ livenessProbe: { exec: {} } }),
    expect: [{ path: `${C0}.livenessProbe.exec.command`, type: 'Required value' }],
  },
  {
    name: 'httpGet probe port 0 (absent)',
    mirrors: 'TestValidateHandler "invalid port"; ValidatePortNumOrName',
    spec: one({ livenessProbe: { httpGet: { path: '/' } } }),
    expect: [{ path: `${C0}.livenessProbe.httpGet.port`, type: 'Invalid value', message: `${C0}.livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive` }],
  },
  {
    name: 'httpGet probe named port too long',
    mirrors: 'TestValidateHandler "port name too long"',
    spec: one({ livenessProbe: { httpGet: { port: 'abcdefghijklmnop' } } }),
    expect: [{ path: `${C0}.livenessProbe.httpGet.port`, type: 'Invalid value', message: `${C0}.livenessProbe.httpGet.port: Invalid value: "abcdefghijklmnop": must be no more than 15 characters` }],
  },
  {
    name: 'httpGet scheme unsupported',
    mirrors: 'TestValidateHandler "invalid scheme"',
    spec: one({ livenessProbe: { httpGet: { port: 80, scheme: 'FTP' } } }),
    expect: [{ path: `${C0}.livenessProbe.httpGet.scheme`, type: 'Unsupported value', message: `${C0}.livenessProbe.httpGet.scheme: Unsupported value: "FTP": supported values: "HTTP", "HTTPS"` }],
  },
  {
    name: 'httpGet header name invalid',
    mirrors: 'TestValidateHandler "invalid http header name"',
    spec: one({ livenessProbe: { httpGet: { port: 80, httpHeaders: [{ name: 'X_Forwarded_For', value: 'foo' }] } } }),
    expect: [{ path: `${C0}.livenessProbe.httpGet.httpHeaders`, type: 'Invalid value' }],
  },
  { name: 'tcpSocket named port', mirrors: 'TestValidateHandler successCase named port', spec: one({ ports: [{ name: 'http', containerPort: 80 }], livenessProbe: { tcpSocket: { port: 'http' } } }), expect: [] },
  {
    name: 'grpc port out of range',
    mirrors: 'TestValidateProbe grpc; validateGRPCAction',
    spec: one({ livenessProbe: { grpc: { port: 70000 } } }),
    expect: [{ path: `${C0}.livenessProbe.grpc.port`, type: 'Invalid value' }],
  },
  { name: 'grpc probe', mirrors: 'TestValidateProbe successCase grpc', spec: one({ readinessProbe: { grpc: { port: 9090, service: 'health' } } }), expect: [] },
  // --- lifecycle ---
  {
    name: 'postStart without handler',
    mirrors: 'TestValidateContainers "invalid lifecycle, no handler"',
    spec: one({ lifecycle: { postStart: {} } }),
    expect: [{ path: `${C0}.lifecycle.postStart`, type: 'Required value', message: `${C0}.lifecycle.postStart: Required value: must specify a handler type` }],
  },
  { name: 'preStop sleep', mirrors: 'TestValidateSleepAction valid', spec: one({ lifecycle: { preStop: { sleep: { seconds: 5 } } } }), expect: [] },
  { name: 'preStop sleep 0 (zero allowed)', mirrors: 'TestValidateSleepAction zero, AllowPodLifecycleSleepActionZeroValue', spec: one({ lifecycle: { preStop: { sleep: { seconds: 0 } } } }), expect: [] },
  {
    name: 'preStop sleep longer than the grace period',
    mirrors: 'TestValidateSleepAction "exceeds terminationGracePeriodSeconds"',
    spec: one({ lifecycle: { preStop: { sleep: { seconds: 31 } } } }),
    expect: [
      {
        path: `${C0}.lifecycle.preStop.sleep`,
        type: 'Invalid value',
        message: `${C0}.lifecycle.preStop.sleep: Invalid value: 31: must be non-negative and less than terminationGracePeriodSeconds (30)`,
      },
    ],
  },
  {
    name: 'preStop sleep 0 without the zero-sleep gate',
    mirrors: 'TestValidateSleepAction "zero seconds, gate off"',
    opts: { allowSleepZero: false },
    spec: one({ lifecycle: { preStop: { sleep: { seconds: 0 } } } }, { terminationGracePeriodSeconds: 10 }),
    expect: [
      {
        path: `${C0}.lifecycle.preStop.sleep`,
        type: 'Invalid value',
        message: `${C0}.lifecycle.preStop.sleep: Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (10). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
      },
    ],
  },
  {
    name: 'preStop httpGet with bad port',
    mirrors: 'TestValidateContainers "invalid lifecycle, http port"',
    spec: one({ lifecycle: { preStop: { httpGet: { port: 65536 } } } }),
    expect: [{ path: `${C0}.lifecycle.preStop.httpGet.port`, type: 'Invalid value' }],
  },
  // --- resources ---
  { name: 'limits only: requests default to limits', mirrors: 'SetDefaults_Pod; TestValidateResourceRequirements', spec: one({ resources: { limits: { cpu: '1', memory: '1Gi' } } }), expect: [] },
  {
    name: 'cpu request above limit (canonical quantities)',
    mirrors: 'TestValidateResourceRequirements "requests > limits"; validateResourceRequirements',
    spec: one({ resources: { limits: { cpu: '0.5' }, requests: { cpu: '600m' } } }),
    expect: [
      { path: `${C0}.resources.requests`, type: 'Invalid value', message: `${C0}.resources.requests: Invalid value: "600m": must be less than or equal to cpu limit of 500m` },
    ],
  },
  {
    name: 'memory request above limit',
    mirrors: 'TestValidateResourceRequirements errorCases',
    spec: one({ resources: { limits: { memory: '1024Mi' }, requests: { memory: '2Gi' } } }),
    expect: [
      { path: `${C0}.resources.requests`, type: 'Invalid value', message: `${C0}.resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi` },
    ],
  },
  {
    name: 'unknown resource name',
    mirrors: 'TestValidateResourceRequirements "invalid resource name"; validateContainerResourceName',
    spec: one({ resources: { limits: { disk: '10G' } } }),
    expect: [
      { path: `${C0}.resources.limits[disk]`, type: 'Invalid value', message: `${C0}.resources.limits[disk]: Invalid value: "disk": must be a standard resource type or fully qualified` },
      { path: `${C0}.resources.limits[disk]`, type: 'Invalid value', message: `${C0}.resources.limits[disk]: Invalid value: "disk": must be a standard resource for containers` },
      // the defaulted request copies the same name
      { path: `${C0}.resources.requests[disk]`, type: 'Invalid value' },
      { path: `${C0}.resources.requests[disk]`, type: 'Invalid value' },
    ],
  },
  {
    name: 'negative cpu',
    mirrors: 'TestValidateResourceRequirements "negative"; ValidateNonnegativeQuantity',
    spec: one({ resources: { requests: { cpu: '-1' } } }),
    expect: [{ path: `${C0}.resources.requests[cpu]`, type: 'Invalid value', message: `${C0}.resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0` }],
  },
  {
    name: 'extended resource request without limit',
    mirrors: 'TestValidateResourceRequirements "extended resource without limit"',
    spec: one({ resources: { requests: { 'example.com/gpu': '1' } } }),
    expect: [{ path: `${C0}.resources.limits`, type: 'Required value', message: `${C0}.resources.limits: Required value: Limit must be set for non overcommitable resources` }],
  },
  {
    name: 'extended resource request differs from limit',
    mirrors: 'TestValidateResourceRequirements "extended resource request != limit"',
    spec: one({ resources: { limits: { 'example.com/gpu': '2' }, requests: { 'example.com/gpu': '1' } } }),
    expect: [{ path: `${C0}.resources.requests`, type: 'Invalid value', message: `${C0}.resources.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2` }],
  },
  {
    name: 'fractional extended resource',
    mirrors: 'TestValidateResourceRequirements "non-integer extended resource"; ValidateResourceQuantityValue',
    spec: one({ resources: { limits: { 'example.com/gpu': '500m' } } }),
    expect: [
      { path: `${C0}.resources.limits[example.com/gpu]`, type: 'Invalid value', message: `${C0}.resources.limits[example.com/gpu]: Invalid value: 500m: must be an integer` },
      { path: `${C0}.resources.requests[example.com/gpu]`, type: 'Invalid value' },
    ],
  },
  {
    name: 'hugepages without cpu or memory',
    mirrors: 'TestValidateResourceRequirements "hugepages only"',
    spec: one({ resources: { limits: { 'hugepages-2Mi': '2Mi' } } }),
    expect: [{ path: `${C0}.resources`, type: 'Forbidden', message: `${C0}.resources: Forbidden: HugePages require cpu or memory` }],
  },
  {
    name: 'hugepages not a multiple of the page size',
    mirrors: 'TestValidateResourceRequirements "hugepages not multiple of page size"; validateResourceQuantityHugePageValue',
    spec: one({ resources: { limits: { memory: '1Gi', 'hugepages-2Mi': '3Mi' } } }),
    expect: [
      { path: `${C0}.resources.limits[hugepages-2Mi]`, type: 'Invalid value', message: `${C0}.resources.limits[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi` },
      { path: `${C0}.resources.requests[hugepages-2Mi]`, type: 'Invalid value' },
    ],
  },
  { name: 'hugepages with memory', mirrors: 'TestValidateResourceRequirements successCase hugepages', spec: one({ resources: { limits: { memory: '1Gi', 'hugepages-2Mi': '4Mi' } } }), expect: [] },
  {
    name: 'unparsable quantity',
    mirrors: 'resource.ParseQuantity ErrFormatWrong',
    spec: one({ resources: { requests: { cpu: 'one' } } }),
    expect: [{ path: `${C0}.resources.requests[cpu]`, type: 'Invalid value' }],
  },
  {
    name: 'resource claim not in pod.spec.resourceClaims',
    mirrors: 'validateResourceClaimNames',
    spec: one({ resources: { claims: [{ name: 'gpu' }] } }),
    expect: [{ path: `${C0}.resources.claims[0]`, type: 'Not found', message: `${C0}.resources.claims[0]: Not found: "gpu": must be one of the names in pod.spec.resourceClaims which is empty` }],
  },
  // --- container security context ---
  {
    name: 'container runAsUser negative',
    mirrors: 'TestValidateSecurityContext "negative RunAsUser"',
    spec: one({ securityContext: { runAsUser: -1 } }),
    expect: [{ path: `${C0}.securityContext.runAsUser`, type: 'Invalid value', message: `${C0}.securityContext.runAsUser: Invalid value: -1: must be between 0 and 4294967295, inclusive` }],
  },
  {
    name: 'allowPrivilegeEscalation false with privileged',
    mirrors: 'TestValidateSecurityContext "with CAP_SYS_ADMIN and allowPrivilegeEscalation false" / privileged',
    spec: one({ securityContext: { privileged: true, allowPrivilegeEscalation: false } }),
    expect: [{ path: `${C0}.securityContext`, type: 'Invalid value' }],
  },
  {
    name: 'CAP_SYS_ADMIN with allowPrivilegeEscalation false',
    mirrors: 'TestValidateSecurityContext "with CAP_SYS_ADMIN and allowPrivilegeEscalation false"',
    spec: one({ securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } } }),
    expect: [{ path: `${C0}.securityContext`, type: 'Invalid value' }],
  },
  {
    name: 'procMount Unmasked with host user namespace',
    mirrors: 'TestValidateSecurityContext "with unmasked proc mount type and no user namespace"',
    spec: one({ securityContext: { procMount: 'Unmasked' } }),
    expect: [{ path: `${C0}.securityContext.procMount`, type: 'Invalid value', message: `${C0}.securityContext.procMount: Invalid value: "Unmasked": \`hostUsers\` must be false to use \`Unmasked\`` }],
  },
  { name: 'procMount Unmasked with hostUsers false', mirrors: 'TestValidateSecurityContext "with unmasked proc mount type and user namespace"', spec: one({ securityContext: { procMount: 'Unmasked' } }, { hostUsers: false }), expect: [] },
  {
    name: 'procMount unsupported',
    mirrors: 'ValidateProcMountType',
    spec: one({ securityContext: { procMount: 'Weird' } }),
    expect: [{ path: `${C0}.securityContext.procMount`, type: 'Unsupported value', message: `${C0}.securityContext.procMount: Unsupported value: "Weird": supported values: "Default", "Unmasked"` }],
  },
  {
    name: 'AppArmor Localhost without profile',
    mirrors: 'TestValidateAppArmorProfileFormat / ValidateAppArmorProfileField',
    spec: one({ securityContext: { appArmorProfile: { type: 'Localhost' } } }),
    expect: [{ path: `${C0}.securityContext.appArmorProfile.localhostProfile`, type: 'Required value', message: `${C0}.securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost` }],
  },
  {
    name: 'AppArmor padded profile',
    mirrors: 'ValidateAppArmorProfileField "must not be padded with whitespace"',
    spec: one({ securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: ' p ' } } }),
    expect: [{ path: `${C0}.securityContext.appArmorProfile.localhostProfile`, type: 'Invalid value' }],
  },
  {
    name: 'AppArmor RuntimeDefault with localhostProfile',
    mirrors: 'ValidateAppArmorProfileField "can only be set when AppArmor type is Localhost"',
    spec: one({ securityContext: { appArmorProfile: { type: 'RuntimeDefault', localhostProfile: 'p' } } }),
    expect: [{ path: `${C0}.securityContext.appArmorProfile.localhostProfile`, type: 'Invalid value', message: `${C0}.securityContext.appArmorProfile.localhostProfile: Invalid value: "p": can only be set when AppArmor type is Localhost` }],
  },
  {
    name: 'AppArmor unknown type',
    mirrors: 'ValidateAppArmorProfileField default',
    spec: one({ securityContext: { appArmorProfile: { type: 'Complain' } } }),
    expect: [{ path: `${C0}.securityContext.appArmorProfile.type`, type: 'Unsupported value' }],
  },
  {
    name: 'seccomp RuntimeDefault with localhostProfile',
    mirrors: 'validateSeccompProfileField "can only be set when seccomp type is Localhost"',
    spec: one({ securityContext: { seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'x.json' } } }),
    expect: [{ path: `${C0}.securityContext.seccompProfile.localhostProfile`, type: 'Invalid value' }],
  },
  {
    name: 'windows runAsUserName empty',
    mirrors: 'TestValidateWindowsSecurityContextOptions "runAsUserName empty"',
    spec: one({ securityContext: { windowsOptions: { runAsUserName: '' } } }),
    expect: [{ path: `${C0}.securityContext.windowsOptions.runAsUserName`, type: 'Invalid value', message: `${C0}.securityContext.windowsOptions.runAsUserName: Invalid value: "": runAsUserName cannot be an empty string` }],
  },
  {
    name: 'windows runAsUserName with two backslashes',
    mirrors: 'TestValidateWindowsSecurityContextOptions "more than one backslash"',
    spec: one({ securityContext: { windowsOptions: { runAsUserName: 'a\\b\\c' } } }),
    expect: [{ path: `${C0}.securityContext.windowsOptions.runAsUserName`, type: 'Invalid value' }],
  },
  // --- init containers ---
  {
    name: 'plain init container with probes and lifecycle',
    mirrors: 'TestValidateInitContainers "invalid liveness probe"/"invalid lifecycle" without restartPolicy=Always',
    spec: spec({
      initContainers: [
        { name: 'init', image: 'image', livenessProbe: { tcpSocket: { port: 80 } }, readinessProbe: { tcpSocket: { port: 80 } }, startupProbe: { tcpSocket: { port: 80 } }, lifecycle: { preStop: { exec: { command: ['x'] } } } },
      ],
    }),
    expect: [
      { path: 'spec.initContainers[0].lifecycle', type: 'Forbidden', message: 'spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always' },
      { path: 'spec.initContainers[0].livenessProbe', type: 'Forbidden' },
      { path: 'spec.initContainers[0].readinessProbe', type: 'Forbidden' },
      { path: 'spec.initContainers[0].startupProbe', type: 'Forbidden' },
    ],
  },
  {
    name: 'sidecar init container with probes',
    mirrors: 'TestValidateInitContainers successCase restartable init container',
    spec: spec({ initContainers: [{ name: 'sidecar', image: 'image', restartPolicy: 'Always', livenessProbe: { tcpSocket: { port: 80 } }, startupProbe: { tcpSocket: { port: 80 } }, lifecycle: { postStart: { exec: { command: ['x'] } } } }] }),
    expect: [],
  },
  {
    name: 'sidecar liveness successThreshold',
    mirrors: 'TestValidateInitContainers "invalid liveness probe in restartable container, successThreshold != 1"',
    spec: spec({ initContainers: [{ name: 'sidecar', image: 'image', restartPolicy: 'Always', livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } }] }),
    expect: [{ path: 'spec.initContainers[0].livenessProbe.successThreshold', type: 'Invalid value' }],
  },
  {
    name: 'init container restartPolicy OnFailure',
    mirrors: 'TestValidateInitContainers "invalid restartPolicy"; validateInitContainerRestartPolicy (ContainerRestartRules off)',
    opts: { containerRestartRules: false },
    spec: spec({ initContainers: [{ name: 'init', image: 'image', restartPolicy: 'OnFailure' }] }),
    expect: [{ path: 'spec.initContainers[0].restartPolicy', type: 'Unsupported value', message: 'spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"' }],
  },
  {
    name: 'init container host port conflict within itself',
    mirrors: 'TestValidateInitContainers "duplicate host ports"',
    spec: spec({ initContainers: [{ name: 'init', image: 'image', ports: [{ containerPort: 8080, hostPort: 8080 }, { containerPort: 8081, hostPort: 8080 }] }] }),
    expect: [{ path: 'spec.initContainers[0].ports[1].hostPort', type: 'Duplicate value', message: 'spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//8080"' }],
  },
  {
    name: 'init containers may reuse host ports of each other',
    mirrors: 'validateInitContainers checks host ports per container',
    spec: spec({ initContainers: [{ name: 'a', image: 'i', ports: [{ containerPort: 80, hostPort: 80 }] }, { name: 'b', image: 'i', ports: [{ containerPort: 80, hostPort: 80 }] }] }),
    expect: [],
  },
  {
    name: 'init container resizePolicy',
    mirrors: 'TestValidateInitContainers "resizePolicy for init container" (AllowSidecarResizePolicy off)',
    opts: { allowSidecarResizePolicy: false },
    spec: spec({ initContainers: [{ name: 'init', image: 'image', resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] }] }),
    expect: [{ path: 'spec.initContainers[0].resizePolicy', type: 'Invalid value' }],
  },
  {
    name: 'sidecar resizePolicy allowed with InPlacePodVerticalScaling',
    mirrors: 'validateInitContainers AllowSidecarResizePolicy',
    spec: spec({ initContainers: [{ name: 'init', image: 'image', restartPolicy: 'Always', resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] }] }),
    expect: [],
  },
  {
    name: 'resizePolicy duplicate and unsupported',
    mirrors: 'TestValidateResizePolicy errorCases',
    spec: one({ resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }, { resourceName: 'cpu', restartPolicy: 'Sometimes' }] }),
    expect: [
      { path: `${C0}.resizePolicy[1]`, type: 'Duplicate value' },
      { path: `${C0}.resizePolicy`, type: 'Unsupported value', message: `${C0}.resizePolicy: Unsupported value: "Sometimes": supported values: "NotRequired", "RestartContainer"` },
    ],
  },
  {
    name: 'resizePolicy RestartContainer with restartPolicy Never',
    mirrors: 'TestValidateResizePolicy "RestartContainer with pod restartPolicy Never"',
    spec: one({ resizePolicy: [{ resourceName: 'memory', restartPolicy: 'RestartContainer' }] }, { restartPolicy: 'Never' }),
    expect: [{ path: `${C0}.resizePolicy`, type: 'Invalid value', message: `${C0}.resizePolicy: Invalid value: "RestartContainer": must be 'NotRequired' when \`restartPolicy\` is 'Never'` }],
  },
  // --- ephemeral containers (template context: validated, then refused) ---
  {
    name: 'ephemeral container with forbidden fields',
    mirrors: 'TestValidateEphemeralContainers "Container uses disallowed field: Ports/Lifecycle/LivenessProbe/Resources"',
    context: 'template',
    spec: spec({
      ephemeralContainers: [
        {
          name: 'debugger',
          image: 'busybox',
          ports: [{ containerPort: 80 }],
          resources: { limits: { cpu: '1' } },
          livenessProbe: { tcpSocket: { port: 80 } },
          lifecycle: { preStop: { exec: { command: ['x'] } } },
        },
      ],
    }),
    expect: [
      { path: 'spec.ephemeralContainers[0].ports', type: 'Forbidden', message: 'spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container' },
      { path: 'spec.ephemeralContainers[0].resources', type: 'Forbidden' },
      { path: 'spec.ephemeralContainers[0].livenessProbe', type: 'Forbidden' },
      { path: 'spec.ephemeralContainers[0].lifecycle', type: 'Forbidden' },
      { path: 'spec.ephemeralContainers', type: 'Forbidden' },
    ],
  },
  {
    name: 'ephemeral container named like a container, unknown target, subPath',
    mirrors: 'TestValidateEphemeralContainers "Name Collision with Container.Containers" / "Target Container not found" / "Container uses disallowed field: VolumeMount.SubPath"',
    context: 'template',
    spec: spec({
      volumes: [{ name: 'vol', emptyDir: {} }],
      ephemeralContainers: [{ name: 'ctr', image: 'busybox', targetContainerName: 'bogus', volumeMounts: [{ name: 'vol', mountPath: '/vol', subPath: 'foo' }] }],
    }),
    expect: [
      { path: 'spec.ephemeralContainers[0].name', type: 'Duplicate value' },
      { path: 'spec.ephemeralContainers[0].targetContainerName', type: 'Not found', message: 'spec.ephemeralContainers[0].targetContainerName: Not found: "bogus"' },
      { path: 'spec.ephemeralContainers[0].volumeMounts[0].subPath', type: 'Forbidden' },
      { path: 'spec.ephemeralContainers', type: 'Forbidden' },
    ],
  },
  {
    name: 'ephemeral image whitespace is checked in templates too',
    mirrors: 'validateEphemeralContainers → validateContainerOnlyForPod',
    context: 'template',
    spec: spec({ ephemeralContainers: [{ name: 'debugger', image: 'busybox ' }] }),
    expect: [
      { path: 'spec.ephemeralContainers[0].image', type: 'Invalid value' },
      { path: 'spec.ephemeralContainers', type: 'Forbidden' },
    ],
  },
];

run(rows);

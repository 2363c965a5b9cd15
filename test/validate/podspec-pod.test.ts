/**
 * Pod-level fields of ValidatePodSpec (pkg/apis/core/validation/validation.go), rows mirroring
 * validation_test.go (TestValidatePodSpec, TestValidateRestartPolicy, TestValidateDNSPolicy,
 * TestValidatePodDNSConfig, TestValidateTolerations, TestValidateAffinity,
 * TestValidateTopologySpreadConstraints, TestValidateReadinessGates, TestValidateSchedulingGates,
 * TestValidatePodCreateWithSchedulingGates, TestValidateOS/TestValidateWindows,
 * TestValidatePodSecurityContext/TestValidateSysctls, TestValidateHostAliases) and the seed
 * seeds/000_866009fb9f7f7fa3.txt ("创建Pod": restartPolicy: Mybe).
 */
import { run, spec, ctr, type Row } from './podspec-helpers.js';

const DNS_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

const rows: Row[] = [
  // --- the seed ---
  {
    name: 'restartPolicy Mybe (the seed)',
    mirrors: 'seeds/000_866009fb9f7f7fa3.txt 创建Pod; validateRestartPolicy',
    spec: { restartPolicy: 'Mybe', containers: [{ name: 'hello', image: 'ubuntu:14.04', command: ['/bin/echo', 'Hello', 'World'] }] },
    expect: [
      {
        path: 'spec.restartPolicy',
        type: 'Unsupported value',
        message: 'spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"',
      },
    ],
  },
  { name: 'minimal valid pod', mirrors: 'TestValidatePodSpec successCases', spec: spec(), expect: [] },
  { name: 'restartPolicy defaulted when absent', mirrors: 'SetDefaults_PodSpec; TestValidatePodSpec', spec: spec(), expect: [] },
  { name: 'restartPolicy "" is defaulted too', mirrors: 'SetDefaults_PodSpec (RestartPolicy == "")', spec: spec({ restartPolicy: '' }), expect: [] },
  { name: 'restartPolicy OnFailure', mirrors: 'TestValidateRestartPolicy successCases', spec: spec({ restartPolicy: 'OnFailure' }), expect: [] },
  { name: 'restartPolicy Never', mirrors: 'TestValidateRestartPolicy successCases', spec: spec({ restartPolicy: 'Never' }), expect: [] },
  {
    name: 'restartPolicy lower-case',
    mirrors: 'TestValidatePodSpec failureCases "bad restart policy"; validateRestartPolicy',
    spec: spec({ restartPolicy: 'always' }),
    expect: [{ path: 'spec.restartPolicy', type: 'Unsupported value' }],
  },
  {
    name: 'template context reports restartPolicy at the template path',
    mirrors: 'ValidatePodTemplateSpec → ValidatePodSpec',
    context: 'template',
    spec: spec({ restartPolicy: 'Sometimes' }),
    expect: [{ path: 'spec.restartPolicy', type: 'Unsupported value' }],
  },
  // --- containers list ---
  {
    name: 'no containers',
    mirrors: 'TestValidatePodSpec failureCases "no containers"; validateContainers',
    spec: { containers: [] },
    expect: [{ path: 'spec.containers', type: 'Required value', message: 'spec.containers: Required value' }],
  },
  {
    name: 'containers absent',
    mirrors: 'validateContainers len(containers) == 0',
    spec: {},
    expect: [{ path: 'spec.containers', type: 'Required value' }],
  },
  {
    name: 'bad volume (empty volume, defaulted to emptyDir)',
    mirrors: 'TestValidatePodSpec failureCases "bad volume"; SetDefaults_Volume',
    spec: spec({ volumes: [{}] }),
    expect: [{ path: 'spec.volumes[0].name', type: 'Required value', message: 'spec.volumes[0].name: Required value' }],
  },
  {
    name: 'bad container (empty container)',
    mirrors: 'TestValidatePodSpec failureCases "bad container"',
    spec: { containers: [{}] },
    expect: [
      { path: 'spec.containers[0].name', type: 'Required value' },
      { path: 'spec.containers[0].image', type: 'Required value' },
    ],
  },
  {
    name: 'bad init container (empty init container)',
    mirrors: 'TestValidatePodSpec failureCases "bad init container"',
    spec: spec({ initContainers: [{}] }),
    expect: [
      { path: 'spec.initContainers[0].name', type: 'Required value' },
      { path: 'spec.initContainers[0].image', type: 'Required value' },
    ],
  },
  // --- dnsPolicy / dnsConfig ---
  { name: 'dnsPolicy Default', mirrors: 'TestValidateDNSPolicy successCases', spec: spec({ dnsPolicy: 'Default' }), expect: [] },
  { name: 'dnsPolicy ClusterFirstWithHostNet', mirrors: 'TestValidateDNSPolicy successCases', spec: spec({ dnsPolicy: 'ClusterFirstWithHostNet' }), expect: [] },
  {
    name: 'dnsPolicy invalid',
    mirrors: 'TestValidatePodSpec failureCases "bad DNS policy"; validateDNSPolicy',
    spec: spec({ dnsPolicy: 'FooDNS' }),
    expect: [
      {
        path: 'spec.dnsPolicy',
        type: 'Unsupported value',
        message: 'spec.dnsPolicy: Unsupported value: "FooDNS": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      },
    ],
  },
  {
    name: 'dnsPolicy None without dnsConfig',
    mirrors: 'TestValidatePodDNSConfig "invalid: no dnsConfig with DNSNone"',
    spec: spec({ dnsPolicy: 'None' }),
    expect: [{ path: 'spec.dnsConfig', type: 'Required value', message: 'spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None' }],
  },
  {
    name: 'dnsPolicy None without nameservers',
    mirrors: 'TestValidatePodDNSConfig "invalid: no nameservers with DNSNone"',
    spec: spec({ dnsPolicy: 'None', dnsConfig: { searches: ['custom'] } }),
    expect: [
      {
        path: 'spec.dnsConfig.nameservers',
        type: 'Required value',
        message: 'spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
      },
    ],
  },
  { name: 'dnsPolicy None with nameserver', mirrors: 'TestValidatePodDNSConfig validCases', spec: spec({ dnsPolicy: 'None', dnsConfig: { nameservers: ['1.2.3.4'] } }), expect: [] },
  {
    name: 'too many nameservers',
    mirrors: 'TestValidatePodDNSConfig "invalid: 4 nameservers"',
    spec: spec({ dnsConfig: { nameservers: ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4'] } }),
    expect: [
      {
        path: 'spec.dnsConfig.nameservers',
        type: 'Invalid value',
        message: 'spec.dnsConfig.nameservers: Invalid value: []string{"1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4"}: must not have more than 3 nameservers',
      },
    ],
  },
  {
    name: 'nameserver not an IP',
    mirrors: 'TestValidatePodDNSConfig "invalid nameserver"',
    spec: spec({ dnsConfig: { nameservers: ['invalid'] } }),
    expect: [
      {
        path: 'spec.dnsConfig.nameservers[0]',
        type: 'Invalid value',
        message: 'spec.dnsConfig.nameservers[0]: Invalid value: "invalid": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      },
    ],
  },
  {
    name: 'too many search paths',
    mirrors: 'TestValidatePodDNSConfig "invalid: 33 search paths"',
    spec: spec({ dnsConfig: { searches: Array.from({ length: 33 }, (_, i) => `s${i}`) } }),
    expect: [{ path: 'spec.dnsConfig.searches', type: 'Invalid value' }],
  },
  {
    name: 'search list too long',
    mirrors: 'TestValidatePodDNSConfig "invalid: search path exceeding 2048 characters"',
    spec: spec({ dnsConfig: { searches: Array.from({ length: 9 }, () => 'a'.repeat(250)) } }),
    expect: [{ path: 'spec.dnsConfig.searches', type: 'Invalid value' }],
  },
  { name: 'search with trailing dot', mirrors: 'TestValidatePodDNSConfig "valid: trailing dot"', spec: spec({ dnsConfig: { searches: ['custom.search.'] } }), expect: [] },
  { name: 'search "." allowed (relaxed)', mirrors: 'TestValidatePodDNSConfig relaxed "."; AllowRelaxedDNSSearchValidation', spec: spec({ dnsConfig: { searches: ['.'] } }), expect: [] },
  { name: 'search with underscore (relaxed)', mirrors: 'TestValidatePodDNSConfig relaxed underscore', spec: spec({ dnsConfig: { searches: ['_sip._tcp.abc_d.example.com'] } }), expect: [] },
  {
    name: 'search with underscore (strict)',
    mirrors: 'TestValidatePodDNSConfig "invalid search path"',
    opts: { relaxedDNSSearch: false },
    spec: spec({ dnsConfig: { searches: ['a_b'] } }),
    expect: [{ path: 'spec.dnsConfig.searches[0]', type: 'Invalid value', message: `spec.dnsConfig.searches[0]: Invalid value: "a_b": ${DNS_SUBDOMAIN_MSG}` }],
  },
  {
    name: 'dns option without name',
    mirrors: 'TestValidatePodDNSConfig "invalid: empty option name"',
    spec: spec({ dnsConfig: { options: [{ value: 'x' }] } }),
    expect: [{ path: 'spec.dnsConfig.options[0]', type: 'Required value', message: 'spec.dnsConfig.options[0]: Required value: must not be empty' }],
  },
  // --- grace period / deadlines ---
  { name: 'terminationGracePeriodSeconds defaulted', mirrors: 'SetDefaults_PodSpec; ValidatePodSpec Required check', spec: spec(), expect: [] },
  {
    name: 'activeDeadlineSeconds 0',
    mirrors: 'TestValidatePodSpec failureCases "bad-active-deadline-seconds"',
    spec: spec({ activeDeadlineSeconds: 0 }),
    expect: [
      {
        path: 'spec.activeDeadlineSeconds',
        type: 'Invalid value',
        message: 'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
      },
    ],
  },
  { name: 'activeDeadlineSeconds max int32', mirrors: 'TestValidatePodSpec "activeDeadlineSeconds max"', spec: spec({ activeDeadlineSeconds: 2147483647 }), expect: [] },
  {
    name: 'activeDeadlineSeconds above int32',
    mirrors: 'TestValidatePodSpec failureCases "active-deadline-seconds-too-large"',
    spec: spec({ activeDeadlineSeconds: 2147483648 }),
    expect: [{ path: 'spec.activeDeadlineSeconds', type: 'Invalid value' }],
  },
  // --- names ---
  {
    name: 'bad serviceAccountName',
    mirrors: 'TestValidatePodSpec failureCases "bad service account name"',
    spec: spec({ serviceAccountName: 'invalidName' }),
    expect: [{ path: 'spec.serviceAccountName', type: 'Invalid value', message: `spec.serviceAccountName: Invalid value: "invalidName": ${DNS_SUBDOMAIN_MSG}` }],
  },
  {
    name: 'bad nodeName',
    mirrors: 'TestValidatePodSpec failureCases "bad nodeName"',
    spec: spec({ nodeName: 'node name' }),
    expect: [{ path: 'spec.nodeName', type: 'Invalid value' }],
  },
  {
    name: 'bad hostname',
    mirrors: 'TestValidatePodSpec "bad hostname"',
    spec: spec({ hostname: 'Host' }),
    expect: [{ path: 'spec.hostname', type: 'Invalid value', message: `spec.hostname: Invalid value: "Host": ${DNS_LABEL_MSG}` }],
  },
  {
    name: 'subdomain with dots',
    mirrors: 'TestValidatePodSpec "bad subdomain"',
    spec: spec({ subdomain: 'a.b' }),
    expect: [{ path: 'spec.subdomain', type: 'Invalid value', message: 'spec.subdomain: Invalid value: "a.b": must not contain dots' }],
  },
  {
    name: 'bad priorityClassName',
    mirrors: 'TestValidatePodSpec failureCases "bad PriorityClassName"',
    spec: spec({ priorityClassName: 'InvalidName' }),
    expect: [{ path: 'spec.priorityClassName', type: 'Invalid value' }],
  },
  {
    name: 'empty runtimeClassName',
    mirrors: 'TestValidatePodSpec "bad empty runtimeClassName"; ValidateRuntimeClassName',
    spec: spec({ runtimeClassName: '' }),
    expect: [{ path: 'spec.runtimeClassName', type: 'Invalid value' }],
  },
  { name: 'valid runtimeClassName', mirrors: 'TestValidatePodSpec "populate RuntimeClassName"', spec: spec({ runtimeClassName: 'valid-sandbox' }), expect: [] },
  // --- preemption ---
  { name: 'preemptionPolicy Never', mirrors: 'TestValidatePodSpec "populate PreemptionPolicy"', spec: spec({ preemptionPolicy: 'Never' }), expect: [] },
  {
    name: 'preemptionPolicy invalid',
    mirrors: 'ValidatePreemptionPolicy',
    spec: spec({ preemptionPolicy: 'Sometimes' }),
    expect: [
      {
        path: 'spec.preemptionPolicy',
        type: 'Unsupported value',
        message: 'spec.preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"',
      },
    ],
  },
  {
    name: 'preemptionPolicy empty',
    mirrors: 'ValidatePreemptionPolicy case ""',
    spec: spec({ preemptionPolicy: '' }),
    expect: [{ path: 'spec.preemptionPolicy', type: 'Required value' }],
  },
  // --- nodeSelector ---
  { name: 'valid nodeSelector', mirrors: 'TestValidatePodSpec successCases nodeSelector', spec: spec({ nodeSelector: { 'kubernetes.io/os': 'linux' } }), expect: [] },
  {
    name: 'nodeSelector bad key',
    mirrors: 'TestValidatePodSpec "bad label"; ValidateLabels',
    spec: spec({ nodeSelector: { 'a b': 'c' } }),
    expect: [{ path: 'spec.nodeSelector', type: 'Invalid value' }],
  },
  {
    name: 'nodeSelector bad value',
    mirrors: 'ValidateLabels IsValidLabelValue',
    spec: spec({ nodeSelector: { k: '-v' } }),
    expect: [{ path: 'spec.nodeSelector', type: 'Invalid value' }],
  },
  // --- hostNetwork ---
  {
    name: 'hostNetwork pod: hostPort defaulted to containerPort',
    mirrors: 'SetDefaults_Pod defaultHostNetworkPorts; TestValidatePodSpec hostNetwork',
    spec: spec({ hostNetwork: true, containers: [ctr({ ports: [{ containerPort: 8080 }] })] }),
    expect: [],
  },
  {
    name: 'hostNetwork pod: hostPort must equal containerPort',
    mirrors: 'TestValidatePodSpec failureCases "with hostNetwork hostPort not equal to containerPort"; validatePodHostNetworkDeps',
    spec: spec({ hostNetwork: true, containers: [ctr({ ports: [{ containerPort: 9100, hostPort: 9101 }] })] }),
    expect: [
      {
        path: 'spec.containers[0].ports[0].hostPort',
        type: 'Invalid value',
        message: 'spec.containers[0].ports[0].hostPort: Invalid value: 9101: must match `containerPort` when `hostNetwork` is true',
      },
    ],
  },
  {
    name: 'hostNetwork template: hostPort 0 allowed',
    mirrors: 'validatePodHostNetworkDeps (!ResourceIsPod && hp == 0)',
    context: 'template',
    spec: spec({ hostNetwork: true, containers: [ctr({ ports: [{ containerPort: 8080 }] })] }),
    expect: [],
  },
  {
    name: 'hostNetwork template: mismatched hostPort',
    mirrors: 'validatePodHostNetworkDeps; DaemonSet message in the field',
    context: 'template',
    spec: spec({ hostNetwork: true, containers: [ctr({ ports: [{ containerPort: 7472 }, { containerPort: 7946, hostPort: 7947 }] })] }),
    expect: [{ path: 'spec.containers[0].ports[1].hostPort', type: 'Invalid value' }],
  },
  // --- imagePullSecrets / hostAliases / readinessGates / schedulingGates ---
  { name: 'imagePullSecrets with name', mirrors: 'validateImagePullSecrets', spec: spec({ imagePullSecrets: [{ name: 'regcred' }] }), expect: [] },
  {
    name: 'hostAliases invalid IP',
    mirrors: 'TestValidatePodSpec failureCases "with hostAliases with invalid IP"; ValidateHostAliases',
    spec: spec({ hostAliases: [{ ip: '999.0.0.1', hostnames: ['host1'] }] }),
    expect: [{ path: 'spec.hostAliases[0].ip', type: 'Invalid value' }],
  },
  {
    name: 'hostAliases invalid hostname',
    mirrors: 'TestValidatePodSpec failureCases "with hostAliases with invalid hostname"; ValidateHostAliases',
    spec: spec({ hostAliases: [{ ip: '10.0.0.1', hostnames: ['host_1'] }] }),
    expect: [{ path: 'spec.hostAliases[0].hostnames[0]', type: 'Invalid value' }],
  },
  { name: 'hostAliases valid', mirrors: 'TestValidateHostAliases successCases', spec: spec({ hostAliases: [{ ip: '::1', hostnames: ['a.b'] }] }), expect: [] },
  { name: 'readinessGates valid', mirrors: 'TestValidateReadinessGates successCases', spec: spec({ readinessGates: [{ conditionType: 'example.com/feature-1' }] }), expect: [] },
  {
    name: 'readinessGates invalid',
    mirrors: 'TestValidateReadinessGates errorCases',
    spec: spec({ readinessGates: [{ conditionType: 'invalid/feature-1/x' }] }),
    expect: [{ path: 'spec.readinessGates[0].conditionType', type: 'Invalid value' }],
  },
  {
    name: 'schedulingGates duplicate',
    mirrors: 'TestValidateSchedulingGates "duplicated gates"',
    spec: spec({ schedulingGates: [{ name: 'foo' }, { name: 'foo' }] }),
    expect: [{ path: 'spec.schedulingGates[1]', type: 'Duplicate value', message: 'spec.schedulingGates[1]: Duplicate value: "foo"' }],
  },
  {
    name: 'schedulingGates invalid name',
    mirrors: 'TestValidateSchedulingGates "invalid gate name"',
    spec: spec({ schedulingGates: [{ name: 'foo/bar/baz' }] }),
    expect: [{ path: 'spec.schedulingGates[0]', type: 'Invalid value' }],
  },
  {
    name: 'nodeName with schedulingGates on create',
    mirrors: 'TestValidatePodCreateWithSchedulingGates "create a Pod with nodeName and schedulingGates"',
    spec: spec({ nodeName: 'node', schedulingGates: [{ name: 'foo' }] }),
    expect: [{ path: 'spec.nodeName', type: 'Forbidden', message: 'spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared' }],
  },
  // --- tolerations ---
  { name: 'toleration Exists without key', mirrors: 'TestValidateTolerations successCases', spec: spec({ tolerations: [{ operator: 'Exists' }] }), expect: [] },
  {
    name: 'toleration empty key with Equal',
    mirrors: 'TestValidateTolerations "operator must be Exists when key is empty"',
    spec: spec({ tolerations: [{ operator: 'Equal', value: 'bar' }] }),
    expect: [
      {
        path: 'spec.tolerations[0].operator',
        type: 'Invalid value',
        message: 'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
      },
    ],
  },
  {
    name: 'tolerationSeconds without NoExecute',
    mirrors: 'TestValidateTolerations "effect must be NoExecute when tolerationSeconds is set"',
    spec: spec({ tolerations: [{ key: 'foo', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 20 }] }),
    expect: [
      {
        path: 'spec.tolerations[0].effect',
        type: 'Invalid value',
        message: 'spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set',
      },
    ],
  },
  { name: 'tolerationSeconds with NoExecute', mirrors: 'TestValidateTolerations successCases', spec: spec({ tolerations: [{ key: 'foo', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 20 }] }), expect: [] },
  {
    name: 'toleration Exists with value',
    mirrors: 'TestValidateTolerations "value must be empty when operator is Exists"',
    spec: spec({ tolerations: [{ key: 'foo', operator: 'Exists', value: 'bar' }] }),
    expect: [{ path: 'spec.tolerations[0].operator', type: 'Invalid value' }],
  },
  {
    name: 'toleration unsupported operator',
    mirrors: 'TestValidateTolerations "invalid operator"',
    spec: spec({ tolerations: [{ key: 'foo', operator: 'In', value: 'bar' }] }),
    expect: [
      {
        path: 'spec.tolerations[0].operator',
        type: 'Unsupported value',
        message: 'spec.tolerations[0].operator: Unsupported value: "In": supported values: "Equal", "Exists"',
      },
    ],
  },
  {
    name: 'toleration unsupported effect',
    mirrors: 'TestValidateTolerations "invalid effect"; validateTaintEffect',
    spec: spec({ tolerations: [{ key: 'foo', operator: 'Exists', effect: 'NoRun' }] }),
    expect: [
      {
        path: 'spec.tolerations[0].effect',
        type: 'Unsupported value',
        message: 'spec.tolerations[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      },
    ],
  },
  {
    name: 'toleration invalid key',
    mirrors: 'TestValidateTolerations "invalid key"',
    spec: spec({ tolerations: [{ key: 'nospecialchars^=@', operator: 'Equal', value: 'bar' }] }),
    expect: [{ path: 'spec.tolerations[0].key', type: 'Invalid value' }],
  },
  // --- affinity ---
  {
    name: 'required node affinity without terms',
    mirrors: 'TestValidateAffinity "invalid requiredDuringSchedulingIgnoredDuringExecution node selector, nodeSelectorTerms must have at least one term"',
    spec: spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } } }),
    expect: [
      {
        path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms',
        type: 'Required value',
        message: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term',
      },
    ],
  },
  {
    name: 'node selector requirement bad operator',
    mirrors: 'TestValidateAffinity "invalid node selector requirement in node affinity, operator"',
    spec: spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'key1', operator: 'Invalid', values: ['v'] }] }] } } } }),
    expect: [
      {
        path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator',
        type: 'Invalid value',
        message:
          'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: "Invalid": not a valid selector operator',
      },
    ],
  },
  {
    name: 'node selector In without values',
    mirrors: 'ValidateNodeSelectorRequirement In/NotIn',
    spec: spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'k', operator: 'In' }] }] } } } }),
    expect: [{ path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values', type: 'Required value' }],
  },
  {
    name: 'node selector Gt with two values',
    mirrors: 'ValidateNodeSelectorRequirement Gt/Lt',
    spec: spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'k', operator: 'Gt', values: ['1', '2'] }] }] } } } }),
    expect: [{ path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values', type: 'Required value' }],
  },
  {
    name: 'matchFields with a bad key',
    mirrors: 'TestValidateAffinity "invalid node field selector requirement, key"; ValidateNodeFieldSelectorRequirement',
    spec: spec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.namespace', operator: 'In', values: ['ns1'] }] }] } } } }),
    expect: [{ path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key', type: 'Invalid value' }],
  },
  {
    name: 'preferred weight out of range',
    mirrors: 'TestValidateAffinity "invalid preferredSchedulingTerm in node affinity, weight should be in range 1-100"',
    spec: spec({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 199, preference: { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] } }] } } }),
    expect: [
      {
        path: 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
        type: 'Invalid value',
        message: 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 199: must be in the range 1-100',
      },
    ],
  },
  {
    name: 'pod affinity term without topologyKey',
    mirrors: 'TestValidateAffinity "invalid hard pod affinity, empty topologyKey"',
    spec: spec({ affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { a: 'b' } } }] } } }),
    expect: [
      {
        path: 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
        type: 'Required value',
        message: 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty',
      },
      // ValidateLabelName("") → IsQualifiedName gives two messages (empty, regex)
      { path: 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey', type: 'Invalid value' },
      { path: 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey', type: 'Invalid value' },
    ],
  },
  {
    name: 'pod anti-affinity weight 0 and bad selector operator',
    mirrors: 'TestValidateAffinity "invalid soft pod anti-affinity, weight"; ValidateLabelSelectorRequirement',
    spec: spec({
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 0, podAffinityTerm: { topologyKey: 'zone', labelSelector: { matchExpressions: [{ key: 'k', operator: 'Bogus' }] } } },
          ],
        },
      },
    }),
    expect: [
      { path: 'spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight', type: 'Invalid value' },
      { path: 'spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchExpressions[0].operator', type: 'Invalid value' },
    ],
  },
  {
    name: 'pod affinity bad namespace',
    mirrors: 'TestValidateAffinity "invalid hard pod affinity, invalid namespace"',
    spec: spec({ affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', namespaces: ['INVALID'] }] } } }),
    expect: [{ path: 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace', type: 'Invalid value' }],
  },
  {
    name: 'valid pod affinity',
    mirrors: 'TestValidateAffinity successCases',
    spec: spec({ affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] } }] } } }),
    expect: [],
  },
  // --- topology spread ---
  {
    name: 'topology spread: maxSkew 0, empty key, bad action',
    mirrors: 'TestValidateTopologySpreadConstraints "invalid MaxSkew" / "empty TopologyKey" / "unsupported WhenUnsatisfiable"',
    spec: spec({ topologySpreadConstraints: [{ maxSkew: 0, topologyKey: '', whenUnsatisfiable: 'N/A' }] }),
    expect: [
      { path: 'spec.topologySpreadConstraints[0].maxSkew', type: 'Invalid value', message: 'spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero' },
      { path: 'spec.topologySpreadConstraints[0].topologyKey', type: 'Required value', message: 'spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty' },
      {
        path: 'spec.topologySpreadConstraints[0].whenUnsatisfiable',
        type: 'Unsupported value',
        message: 'spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: "N/A": supported values: "DoNotSchedule", "ScheduleAnyway"',
      },
    ],
  },
  {
    name: 'topology spread duplicate pair',
    mirrors: 'TestValidateTopologySpreadConstraints "duplicated constraints"; ValidateSpreadConstraintNotRepeat',
    spec: spec({
      topologySpreadConstraints: [
        { maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule' },
        { maxSkew: 2, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule' },
      ],
    }),
    expect: [
      {
        path: 'spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}',
        type: 'Duplicate value',
        message: 'spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{k8s.io/zone, DoNotSchedule}"',
      },
    ],
  },
  {
    name: 'minDomains with ScheduleAnyway',
    mirrors: 'TestValidateTopologySpreadConstraints "cannot use minDomains with ScheduleAnyway"',
    spec: spec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'ScheduleAnyway', minDomains: 3 }] }),
    expect: [
      {
        path: 'spec.topologySpreadConstraints[0].minDomains',
        type: 'Invalid value',
        message: 'spec.topologySpreadConstraints[0].minDomains: Invalid value: 3: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
      },
    ],
  },
  {
    name: 'nodeAffinityPolicy unsupported',
    mirrors: 'TestValidateTopologySpreadConstraints "invalid NodeAffinityPolicy"',
    spec: spec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule', nodeAffinityPolicy: 'Invalid' }] }),
    expect: [
      {
        path: 'spec.topologySpreadConstraints[0].nodeAffinityPolicy',
        type: 'Unsupported value',
        message: 'spec.topologySpreadConstraints[0].nodeAffinityPolicy: Unsupported value: "Invalid": supported values: "Honor", "Ignore"',
      },
    ],
  },
  {
    name: 'matchLabelKeys without labelSelector',
    mirrors: 'TestValidateTopologySpreadConstraints "key in MatchLabelKeys isn\'t correctly defined"; validateMatchLabelKeysInTopologySpread',
    spec: spec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule', matchLabelKeys: ['foo'] }] }),
    expect: [{ path: 'spec.topologySpreadConstraints[0].matchLabelKeys', type: 'Forbidden' }],
  },
  {
    name: 'valid topology spread',
    mirrors: 'TestValidateTopologySpreadConstraints "all required fields ok"',
    spec: spec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule', minDomains: 3, labelSelector: { matchLabels: { app: 'web' } } }] }),
    expect: [],
  },
  // --- pod security context ---
  {
    name: 'pod runAsUser negative',
    mirrors: 'TestValidatePodSpec failureCases "bad runAsUser less than 0"; validatePodSpecSecurityContext',
    spec: spec({ securityContext: { runAsUser: -1 } }),
    expect: [
      {
        path: 'spec.securityContext.runAsUser',
        type: 'Invalid value',
        message: 'spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 4294967295, inclusive',
      },
    ],
  },
  {
    name: 'pod fsGroup and supplementalGroups out of range',
    mirrors: 'TestValidatePodSpec failureCases "bad fsGroup less than 0" / "bad supplementalGroups large than math.MaxInt32"',
    spec: spec({ securityContext: { fsGroup: -1, supplementalGroups: [4294967296] } }),
    expect: [
      { path: 'spec.securityContext.fsGroup', type: 'Invalid value' },
      { path: 'spec.securityContext.supplementalGroups[0]', type: 'Invalid value' },
    ],
  },
  {
    name: 'shareProcessNamespace with hostPID',
    mirrors: 'TestValidatePodSpec failureCases "ShareProcessNamespace and HostPID both set"',
    spec: spec({ shareProcessNamespace: true, hostPID: true }),
    expect: [
      {
        path: 'spec.securityContext.shareProcessNamespace',
        type: 'Invalid value',
        message: 'spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
      },
    ],
  },
  {
    name: 'sysctl bad name and duplicate',
    mirrors: 'TestValidateSysctls invalid/duplicate',
    spec: spec({ securityContext: { sysctls: [{ name: 'kernel.shmmax', value: '1' }, { name: 'kernel.shmmax', value: '2' }, { name: 'Bad!', value: '1' }] } }),
    expect: [
      { path: 'spec.securityContext.sysctls[1].name', type: 'Duplicate value' },
      {
        path: 'spec.securityContext.sysctls[2].name',
        type: 'Invalid value',
        message:
          'spec.securityContext.sysctls[2].name: Invalid value: "Bad!": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$',
      },
    ],
  },
  {
    name: 'net sysctl with hostNetwork',
    mirrors: 'TestValidateSysctls "hostNetwork"; ValidateHostSysctl',
    spec: spec({ hostNetwork: true, securityContext: { sysctls: [{ name: 'net.ipv4.ip_forward', value: '1' }] } }),
    expect: [
      {
        path: 'spec.securityContext.sysctls[0].name',
        type: 'Invalid value',
        message: 'spec.securityContext.sysctls[0].name: Invalid value: "net.ipv4.ip_forward": may not be specified when \'hostNetwork\' is true',
      },
    ],
  },
  {
    name: 'ipc sysctl with hostIPC',
    mirrors: 'ValidateHostSysctl hostIPC',
    spec: spec({ hostIPC: true, securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }] } }),
    expect: [{ path: 'spec.securityContext.sysctls[0].name', type: 'Invalid value' }],
  },
  {
    name: 'pod seccomp Localhost without profile',
    mirrors: 'TestValidateSeccompProfileField / validateSeccompProfileField',
    spec: spec({ securityContext: { seccompProfile: { type: 'Localhost' } } }),
    expect: [
      {
        path: 'spec.securityContext.seccompProfile.localhostProfile',
        type: 'Required value',
        message: 'spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
      },
    ],
  },
  {
    name: 'pod seccomp unknown type',
    mirrors: 'validateSeccompProfileType',
    spec: spec({ securityContext: { seccompProfile: { type: 'Docker' } } }),
    expect: [
      {
        path: 'spec.securityContext.seccompProfile.type',
        type: 'Unsupported value',
        message: 'spec.securityContext.seccompProfile.type: Unsupported value: "Docker": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
      },
    ],
  },
  {
    name: 'pod seccomp localhost profile absolute',
    mirrors: 'validateSeccompProfileField → validateLocalDescendingPath',
    spec: spec({ securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: '/abs.json' } } }),
    expect: [{ path: 'spec.securityContext.seccompProfile.localhostProfile', type: 'Invalid value', message: 'spec.securityContext.seccompProfile.localhostProfile: Invalid value: "/abs.json": must be a relative path' }],
  },
  {
    name: 'fsGroupChangePolicy unsupported',
    mirrors: 'TestValidatePodSpec "bad fsGroupChangePolicy"; validateFSGroupChangePolicy',
    spec: spec({ securityContext: { fsGroupChangePolicy: 'sometimes' } }),
    expect: [
      {
        path: 'spec.securityContext.fsGroupChangePolicy',
        type: 'Unsupported value',
        message: 'spec.securityContext.fsGroupChangePolicy: Unsupported value: "sometimes": supported values: "Always", "OnRootMismatch"',
      },
    ],
  },
  {
    name: 'hostUsers false with hostNetwork',
    mirrors: 'TestValidatePodSpec userns "hostUsers=false and hostNetwork"; validateHostUsers',
    spec: spec({ hostUsers: false, hostNetwork: true }),
    expect: [{ path: 'spec.hostNetwork', type: 'Forbidden', message: 'spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false' }],
  },
  // --- os ---
  {
    name: 'os name unsupported',
    mirrors: 'TestValidateOS "invalid OS"; validateOS',
    spec: spec({ os: { name: 'New OS' } }),
    expect: [{ path: 'spec.os', type: 'Unsupported value', message: 'spec.os: Unsupported value: "New OS": supported values: "linux", "windows"' }],
  },
  {
    name: 'os name empty',
    mirrors: 'validateOS len(os.Name) == 0',
    spec: spec({ os: { name: '' } }),
    expect: [{ path: 'spec.os.name', type: 'Required value', message: 'spec.os.name: Required value: cannot be empty' }],
  },
  {
    name: 'linux pod with windowsOptions',
    mirrors: 'TestValidateLinuxPodSecurityContext; validateLinux',
    spec: spec({ os: { name: 'linux' }, securityContext: { windowsOptions: { runAsUserName: 'u' } } }),
    expect: [{ path: 'spec.securityContext.windowsOptions', type: 'Forbidden', message: 'spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod' }],
  },
  {
    name: 'windows pod with linux-only fields',
    mirrors: 'TestValidateWindowsPodSecurityContext; validateWindows',
    spec: spec({ os: { name: 'windows' }, securityContext: { runAsUser: 1000 }, containers: [ctr({ securityContext: { privileged: false } })] }),
    expect: [
      { path: 'spec.securityContext.runAsUser', type: 'Forbidden', message: 'spec.securityContext.runAsUser: Forbidden: cannot be set for a windows pod' },
      { path: 'spec.containers[0].securityContext.privileged', type: 'Forbidden' },
    ],
  },
  {
    name: 'windows hostProcess without hostNetwork',
    mirrors: 'TestValidateWindowsHostProcessPod "Pods with HostProcess=true must also set HostNetwork"',
    spec: spec({ securityContext: { windowsOptions: { hostProcess: true } } }),
    expect: [
      {
        path: 'spec.hostNetwork',
        type: 'Invalid value',
        message: 'spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers',
      },
    ],
  },
  {
    name: 'windows hostProcess mixed containers',
    mirrors: 'TestValidateWindowsHostProcessPod "Pod with mixed HostProcess and non-HostProcess containers"',
    spec: spec({ hostNetwork: true, containers: [ctr({ securityContext: { windowsOptions: { hostProcess: true } } }), ctr({ name: 'two' })] }),
    expect: [
      {
        path: 'spec',
        type: 'Invalid value',
        message: 'spec: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers',
      },
    ],
  },
  // --- overhead / resource claims ---
  {
    name: 'overhead with an unknown resource',
    mirrors: 'TestValidatePodSpec "invalid pod overhead"; validateOverhead',
    spec: spec({ overhead: { 'my.org': '10m' } }),
    expect: [
      { path: 'spec.overhead.limits[my.org]', type: 'Invalid value', message: 'spec.overhead.limits[my.org]: Invalid value: "my.org": must be a standard resource type or fully qualified' },
      { path: 'spec.overhead.limits[my.org]', type: 'Invalid value', message: 'spec.overhead.limits[my.org]: Invalid value: "my.org": must be a standard resource for containers' },
    ],
  },
  { name: 'overhead cpu/memory', mirrors: 'TestValidatePodSpec "populate Overhead"', spec: spec({ overhead: { cpu: '100m', memory: '64Mi' } }), expect: [] },
  {
    name: 'resourceClaims without a source',
    mirrors: 'TestValidatePodSpec resource claims; validatePodResourceClaim',
    spec: spec({ resourceClaims: [{ name: 'my-claim' }] }),
    expect: [{ path: 'spec.resourceClaims[0]', type: 'Invalid value' }],
  },
  // --- pod-level resources (PodLevelResources) ---
  { name: 'pod-level resources', mirrors: 'TestValidatePodResources successCases', spec: spec({ resources: { requests: { cpu: '1' }, limits: { cpu: '2', memory: '1Gi' } } }), expect: [] },
  {
    name: 'pod-level claims forbidden',
    mirrors: 'validatePodResources "claims cannot be set for Resources at pod-level"',
    spec: spec({ resources: { claims: [{ name: 'c' }] } }),
    expect: [{ path: 'spec.resources.claims', type: 'Forbidden', message: 'spec.resources.claims: Forbidden: claims cannot be set for Resources at pod-level' }],
  },
  {
    name: 'pod-level unsupported resource',
    mirrors: 'validatePodResourceName IsSupportedPodLevelResource',
    spec: spec({ resources: { limits: { 'ephemeral-storage': '1Gi' } } }),
    expect: [
      {
        path: 'spec.resources.limits[ephemeral-storage]',
        type: 'Unsupported value',
        message: 'spec.resources.limits[ephemeral-storage]: Unsupported value: "ephemeral-storage": supported values: "cpu", "memory"',
      },
    ],
  },
  {
    name: 'pod-level request above limit',
    mirrors: 'validatePodResourceRequirements (validateResourceRequirements)',
    spec: spec({ resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } }),
    expect: [{ path: 'spec.resources.requests', type: 'Invalid value', message: 'spec.resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi' }],
  },
  {
    name: 'container limit above the pod limit',
    mirrors: 'validatePodResourceConsistency "must be less than or equal to pod limits"',
    spec: spec({ resources: { limits: { cpu: '1' } }, containers: [ctr({ resources: { limits: { cpu: '2' } } })] }),
    expect: [{ path: 'spec.resources.containers[0][cpu].limits', type: 'Invalid value', message: 'spec.resources.containers[0][cpu].limits: Invalid value: "2": must be less than or equal to pod limits of 1' }],
  },
  { name: 'pod-level resources ignored when the gate is off', mirrors: 'ValidatePodSpec opts.PodLevelResourcesEnabled', opts: { podLevelResources: false }, spec: spec({ resources: { claims: [] } }), expect: [] },
  // --- ephemeral containers on create / in templates ---
  {
    name: 'ephemeral containers on create',
    mirrors: 'ValidatePodCreate "cannot be set on create"',
    spec: spec({ ephemeralContainers: [{ name: 'debugger', image: 'busybox', terminationMessagePolicy: 'File' }] }),
    expect: [{ path: 'spec.ephemeralContainers', type: 'Forbidden', message: 'spec.ephemeralContainers: Forbidden: cannot be set on create' }],
  },
  {
    name: 'ephemeral containers in a template',
    mirrors: 'ValidatePodTemplateSpec "ephemeral containers not allowed in pod template"',
    context: 'template',
    spec: spec({ ephemeralContainers: [{ name: 'debugger', image: 'busybox' }] }),
    expect: [{ path: 'spec.ephemeralContainers', type: 'Forbidden', message: 'spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template' }],
  },
];

run(rows);

// A Deployment's pod template is validated with the template prefix.
run(
  [
    {
      name: 'template prefix in paths',
      mirrors: 'ValidatePodTemplateSpec(template, fldPath.Child("template")) in apps validation',
      context: 'template',
      spec: { containers: [{ name: 'c', image: 'i' }], dnsPolicy: 'Bogus' },
      expect: [{ path: 'spec.template.spec.dnsPolicy', type: 'Unsupported value' }],
    },
  ],
  ['spec', 'template', 'spec'],
);

// Error order follows ValidatePodSpec's call order (volumes, containers, init containers,
// hostNetwork deps, restartPolicy, dnsPolicy, nodeSelector, securityContext, affinity, dnsConfig,
// readinessGates, schedulingGates, topologySpreadConstraints, serviceAccountName, nodeName,
// activeDeadlineSeconds, hostname, subdomain, tolerations, hostAliases, priorityClassName,
// preemptionPolicy, os), then ValidatePodCreate's additions.
run([
  {
    name: 'many errors come out in the API server order',
    mirrors: 'ValidatePodSpec call order; ValidatePodCreate',
    spec: {
      os: { name: 'plan9' },
      preemptionPolicy: 'Maybe',
      priorityClassName: 'Bad',
      hostAliases: [{ ip: 'x' }],
      tolerations: [{ operator: 'Bad' }],
      subdomain: 'Bad',
      hostname: 'Bad',
      activeDeadlineSeconds: 0,
      nodeName: 'Bad Node',
      serviceAccountName: 'Bad',
      topologySpreadConstraints: [{ maxSkew: 0, topologyKey: 'z', whenUnsatisfiable: 'DoNotSchedule' }],
      schedulingGates: [{ name: 'a/b/c' }],
      readinessGates: [{ conditionType: 'a/b/c' }],
      dnsConfig: { options: [{}] },
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } },
      securityContext: { runAsUser: -1 },
      nodeSelector: { k: '-' },
      dnsPolicy: 'Bad',
      restartPolicy: 'Bad',
      initContainers: [{ name: 'init', image: '' }],
      containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 0 }] }],
      volumes: [{ name: 'v', hostPath: { path: '' } }],
    },
    expect: [
      { path: 'spec.volumes[0].hostPath.path', type: 'Required value' },
      { path: 'spec.containers[0].ports[0].containerPort', type: 'Required value' },
      { path: 'spec.initContainers[0].image', type: 'Required value' },
      { path: 'spec.restartPolicy', type: 'Unsupported value' },
      { path: 'spec.dnsPolicy', type: 'Unsupported value' },
      { path: 'spec.nodeSelector', type: 'Invalid value' },
      { path: 'spec.securityContext.runAsUser', type: 'Invalid value' },
      { path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms', type: 'Required value' },
      { path: 'spec.dnsConfig.options[0]', type: 'Required value' },
      { path: 'spec.readinessGates[0].conditionType', type: 'Invalid value' },
      { path: 'spec.schedulingGates[0]', type: 'Invalid value' },
      { path: 'spec.topologySpreadConstraints[0].maxSkew', type: 'Invalid value' },
      { path: 'spec.serviceAccountName', type: 'Invalid value' },
      { path: 'spec.nodeName', type: 'Invalid value' },
      { path: 'spec.activeDeadlineSeconds', type: 'Invalid value' },
      { path: 'spec.hostname', type: 'Invalid value' },
      { path: 'spec.subdomain', type: 'Invalid value' },
      { path: 'spec.tolerations[0].operator', type: 'Invalid value' },
      { path: 'spec.tolerations[0].operator', type: 'Unsupported value' },
      { path: 'spec.hostAliases[0].ip', type: 'Invalid value' },
      { path: 'spec.priorityClassName', type: 'Invalid value' },
      { path: 'spec.preemptionPolicy', type: 'Unsupported value' },
      { path: 'spec.os', type: 'Unsupported value' },
      { path: 'spec.nodeName', type: 'Forbidden' },
    ],
  },
]);

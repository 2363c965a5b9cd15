/**
 * Volumes (ValidateVolumes / validateVolumeSource and the per-source validators in
 * pkg/apis/core/validation/validation.go); rows mirror validation_test.go TestValidateVolumes,
 * TestHostPathVolume..., TestValidateProjectedVolumeSource, TestValidateDownwardAPIVolume,
 * TestValidateKeyToPath, TestEphemeralVolumes, and SetDefaults_Volume in core/v1/defaults.go.
 */
import { run, spec, type Row } from './podspec-helpers.js';

const vol = (v: Record<string, unknown>) => spec({ volumes: [{ name: 'vol', ...v }] });
const V0 = 'spec.volumes[0]';

const rows: Row[] = [
  { name: 'emptyDir', mirrors: 'TestValidateVolumes "valid EmptyDir"', spec: vol({ emptyDir: {} }), expect: [] },
  { name: 'no source: defaulted to emptyDir', mirrors: 'SetDefaults_Volume (all sources nil → EmptyDir)', spec: vol({}), expect: [] },
  {
    name: 'two sources',
    mirrors: 'TestValidateVolumes "multiple volume types"',
    spec: vol({ hostPath: { path: '/mnt/path' }, emptyDir: {} }),
    expect: [{ path: `${V0}.hostPath`, type: 'Forbidden', message: `${V0}.hostPath: Forbidden: may not specify more than 1 volume type` }],
  },
  {
    name: 'duplicate volume names',
    mirrors: 'TestValidateVolumes "duplicate names"',
    spec: spec({ volumes: [{ name: 'abc', emptyDir: {} }, { name: 'abc', emptyDir: {} }] }),
    expect: [{ path: 'spec.volumes[1].name', type: 'Duplicate value', message: 'spec.volumes[1].name: Duplicate value: "abc"' }],
  },
  {
    name: 'volume without name',
    mirrors: 'TestValidateVolumes "empty name"',
    spec: spec({ volumes: [{ emptyDir: {} }] }),
    expect: [{ path: `${V0}.name`, type: 'Required value' }],
  },
  {
    name: 'volume name not a DNS label',
    mirrors: 'TestValidateVolumes "name not a DNS label"',
    spec: spec({ volumes: [{ name: 'a.b', emptyDir: {} }] }),
    expect: [{ path: `${V0}.name`, type: 'Invalid value', message: `${V0}.name: Invalid value: "a.b": must not contain dots` }],
  },
  {
    name: 'emptyDir negative sizeLimit',
    mirrors: 'validateVolumeSource EmptyDir.SizeLimit < 0',
    spec: vol({ emptyDir: { sizeLimit: '-1Gi' } }),
    expect: [{ path: `${V0}.emptyDir.sizeLimit`, type: 'Forbidden', message: `${V0}.emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity` }],
  },
  // hostPath
  { name: 'hostPath', mirrors: 'TestValidateVolumes "valid HostPath"', spec: vol({ hostPath: { path: '/mnt/path', type: 'Directory' } }), expect: [] },
  {
    name: 'hostPath without path',
    mirrors: 'validateHostPathVolumeSource len(path) == 0',
    spec: vol({ hostPath: {} }),
    expect: [{ path: `${V0}.hostPath.path`, type: 'Required value' }],
  },
  {
    name: 'hostPath with ..',
    mirrors: 'TestValidateVolumes "invalid HostPath backsteps"',
    spec: vol({ hostPath: { path: '/mnt/path/..' } }),
    expect: [{ path: `${V0}.hostPath.path`, type: 'Invalid value', message: `${V0}.hostPath.path: Invalid value: "/mnt/path/..": must not contain '..'` }],
  },
  {
    name: 'hostPath unsupported type',
    mirrors: 'TestValidateVolumes "invalid HostPath type"; validateHostPathType',
    spec: vol({ hostPath: { path: '/mnt', type: 'invalid' } }),
    expect: [
      {
        path: `${V0}.hostPath.type`,
        type: 'Unsupported value',
        message: `${V0}.hostPath.type: Unsupported value: "invalid": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"`,
      },
    ],
  },
  // secret / configMap
  { name: 'secret', mirrors: 'TestValidateVolumes "valid Secret"', spec: vol({ secret: { secretName: 'my-secret' } }), expect: [] },
  {
    name: 'secret without secretName',
    mirrors: 'validateSecretVolumeSource',
    spec: vol({ secret: {} }),
    expect: [{ path: `${V0}.secret.secretName`, type: 'Required value' }],
  },
  {
    name: 'secret defaultMode too large',
    mirrors: 'TestValidateVolumes "secret with mode > 0777"',
    spec: vol({ secret: { secretName: 's', defaultMode: 0o1000 } }),
    expect: [{ path: `${V0}.secret.defaultMode`, type: 'Invalid value', message: `${V0}.secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive` }],
  },
  {
    name: 'secret item with absolute path',
    mirrors: 'TestValidateVolumes "secret with absolute item path"; validateKeyToPath',
    spec: vol({ secret: { secretName: 's', items: [{ key: 'k', path: '/abs' }] } }),
    expect: [{ path: `${V0}.secret.items[0].path`, type: 'Invalid value', message: `${V0}.secret.items[0].path: Invalid value: "/abs": must be a relative path` }],
  },
  {
    name: 'configMap item path starting with ..',
    mirrors: 'TestValidateVolumes "configmap with leading .. path"; ValidateLocalNonReservedPath',
    spec: vol({ configMap: { name: 'cm', items: [{ key: 'k', path: '..badpath' }] } }),
    expect: [{ path: `${V0}.configMap.items[0].path`, type: 'Invalid value', message: `${V0}.configMap.items[0].path: Invalid value: "..badpath": must not start with '..'` }],
  },
  {
    name: 'configMap item without key, bad mode',
    mirrors: 'TestValidateKeyToPath errorCases',
    spec: vol({ configMap: { name: 'cm', items: [{ path: 'p', mode: -1 }] } }),
    expect: [
      { path: `${V0}.configMap.items[0].key`, type: 'Required value' },
      { path: `${V0}.configMap.items[0].mode`, type: 'Invalid value' },
    ],
  },
  {
    name: 'configMap without name',
    mirrors: 'validateConfigMapVolumeSource',
    spec: vol({ configMap: {} }),
    expect: [{ path: `${V0}.configMap.name`, type: 'Required value' }],
  },
  // PVC / ephemeral
  { name: 'persistentVolumeClaim', mirrors: 'TestValidateVolumes "valid PersistentVolumeClaim"', spec: vol({ persistentVolumeClaim: { claimName: 'c' } }), expect: [] },
  {
    name: 'persistentVolumeClaim without claimName',
    mirrors: 'validatePersistentClaimVolumeSource',
    spec: vol({ persistentVolumeClaim: {} }),
    expect: [{ path: `${V0}.persistentVolumeClaim.claimName`, type: 'Required value' }],
  },
  {
    name: 'ephemeral without volumeClaimTemplate',
    mirrors: 'TestEphemeralVolumes "missing template"; validateEphemeralVolumeSource',
    spec: vol({ ephemeral: {} }),
    expect: [{ path: `${V0}.ephemeral.volumeClaimTemplate`, type: 'Required value' }],
  },
  {
    name: 'ephemeral template without storage request',
    mirrors: 'ValidatePersistentVolumeClaimSpec (accessModes, storage)',
    spec: vol({ ephemeral: { volumeClaimTemplate: { spec: {} } } }),
    expect: [
      { path: `${V0}.ephemeral.volumeClaimTemplate.spec.accessModes`, type: 'Required value', message: `${V0}.ephemeral.volumeClaimTemplate.spec.accessModes: Required value: at least 1 access mode is required` },
      { path: `${V0}.ephemeral.volumeClaimTemplate.spec.resources[storage]`, type: 'Required value' },
    ],
  },
  {
    name: 'ephemeral volume',
    mirrors: 'TestEphemeralVolumes valid',
    spec: vol({ ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } } }),
    expect: [],
  },
  {
    name: 'ephemeral template metadata name',
    mirrors: 'ValidateTemplateObjectMeta "cannot be set"',
    spec: vol({ ephemeral: { volumeClaimTemplate: { metadata: { name: 'x' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } } }),
    expect: [{ path: `${V0}.ephemeral.volumeClaimTemplate.metadata.name`, type: 'Forbidden' }],
  },
  {
    name: 'PVC claim of an ephemeral volume of the same pod',
    mirrors: 'TestEphemeralVolumes "PVC conflicts with generic ephemeral volume"',
    opts: { podName: 'pod' },
    spec: spec({
      volumes: [
        { name: 'eph', ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } } },
        { name: 'pvc', persistentVolumeClaim: { claimName: 'pod-eph' } },
      ],
    }),
    expect: [{ path: 'spec.volumes[1].persistentVolumeClaim.claimName', type: 'Invalid value', message: 'spec.volumes[1].persistentVolumeClaim.claimName: Invalid value: "pod-eph": must not reference a PVC that gets created for an ephemeral volume' }],
  },
  // downwardAPI
  {
    name: 'downwardAPI',
    mirrors: 'TestValidateVolumes "valid DownwardAPI"',
    spec: vol({ downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'cpu', resourceFieldRef: { containerName: 'ctr', resource: 'limits.cpu' } }] } }),
    expect: [],
  },
  {
    name: 'downwardAPI item without a source',
    mirrors: 'validateDownwardAPIVolumeFile "one of fieldRef and resourceFieldRef is required"',
    spec: vol({ downwardAPI: { items: [{ path: 'x' }] } }),
    expect: [{ path: `${V0}.downwardAPI`, type: 'Required value', message: `${V0}.downwardAPI: Required value: one of fieldRef and resourceFieldRef is required` }],
  },
  {
    name: 'downwardAPI unsupported fieldPath',
    mirrors: 'TestValidateVolumes "downapi invalid fieldPath"',
    spec: vol({ downwardAPI: { items: [{ path: 'x', fieldRef: { fieldPath: 'spec.nodeName' } }] } }),
    expect: [
      {
        path: `${V0}.downwardAPI.fieldRef.fieldPath`,
        type: 'Unsupported value',
        message: `${V0}.downwardAPI.fieldRef.fieldPath: Unsupported value: "spec.nodeName": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"`,
      },
    ],
  },
  {
    name: 'downwardAPI resourceFieldRef without containerName',
    mirrors: 'validateContainerResourceFieldSelector (volume=true)',
    spec: vol({ downwardAPI: { items: [{ path: 'x', resourceFieldRef: { resource: 'limits.cpu' } }] } }),
    expect: [{ path: `${V0}.downwardAPI.resourceFieldRef.containerName`, type: 'Required value' }],
  },
  // projected
  {
    name: 'projected secret + configMap + downwardAPI + token',
    mirrors: 'TestValidateProjectedVolumeSource valid',
    spec: spec({
      serviceAccountName: 'sa',
      volumes: [
        {
          name: 'vol',
          projected: {
            sources: [
              { secret: { name: 's', items: [{ key: 'a', path: 'a' }] } },
              { configMap: { name: 'c', items: [{ key: 'b', path: 'b' }] } },
              { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
              { serviceAccountToken: { path: 'token' } },
            ],
          },
        },
      ],
    }),
    expect: [],
  },
  {
    name: 'projected duplicate paths',
    mirrors: 'TestValidateProjectedVolumeSource "conflicting duplicate paths"',
    spec: vol({ projected: { sources: [{ secret: { name: 's', items: [{ key: 'a', path: 'p' }] } }, { configMap: { name: 'c', items: [{ key: 'b', path: 'p' }] } }] } }),
    expect: [{ path: `${V0}.projected`, type: 'Invalid value', message: `${V0}.projected: Invalid value: "c": conflicting duplicate paths` }],
  },
  {
    name: 'projected source with two kinds',
    mirrors: 'validateProjectionSources numSources > 1',
    spec: vol({ projected: { sources: [{ secret: { name: 's' }, configMap: { name: 'c' } }] } }),
    expect: [{ path: `${V0}.projected.sources[0]`, type: 'Forbidden', message: `${V0}.projected.sources[0]: Forbidden: may not specify more than 1 volume type per source` }],
  },
  {
    name: 'projected token shorter than 10 minutes',
    mirrors: 'TestValidateProjectedVolumeSource "ServiceAccountToken expirationSeconds < 600"',
    spec: vol({ projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 60 } }] } }),
    expect: [
      {
        path: `${V0}.projected.sources[0].serviceAccountToken.expirationSeconds`,
        type: 'Invalid value',
        message: `${V0}.projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes`,
      },
    ],
  },
  {
    name: 'projected token without path',
    mirrors: 'validateProjectionSources ServiceAccountToken.Path == "" (reported at projected.path)',
    spec: vol({ projected: { sources: [{ serviceAccountToken: {} }] } }),
    expect: [{ path: `${V0}.projected.path`, type: 'Required value' }],
  },
  {
    name: 'projected defaultMode negative',
    mirrors: 'validateProjectedVolumeSource defaultMode',
    spec: vol({ projected: { defaultMode: -1, sources: [] } }),
    expect: [{ path: `${V0}.projected.defaultMode`, type: 'Invalid value' }],
  },
  // other sources
  {
    name: 'nfs relative path',
    mirrors: 'TestValidateVolumes "NFS path is not absolute"',
    spec: vol({ nfs: { server: 'my-server', path: 'tmp' } }),
    expect: [{ path: `${V0}.nfs.path`, type: 'Invalid value', message: `${V0}.nfs.path: Invalid value: "tmp": must be an absolute path` }],
  },
  {
    name: 'nfs without server',
    mirrors: 'TestValidateVolumes "NFS missing server"',
    spec: vol({ nfs: { path: '/tmp' } }),
    expect: [{ path: `${V0}.nfs.server`, type: 'Required value' }],
  },
  {
    name: 'gitRepo absolute directory',
    mirrors: 'TestValidateVolumes "invalid GitRepo in .. dir"/"absolute target"',
    spec: vol({ gitRepo: { repository: 'repo', directory: '/abs' } }),
    expect: [{ path: `${V0}.gitRepo.directory`, type: 'Invalid value' }],
  },
  {
    name: 'csi without driver',
    mirrors: 'TestValidateCSIVolumeSource "with empty driver name"; ValidateCSIDriverName',
    spec: vol({ csi: {} }),
    expect: [
      { path: `${V0}.csi.driver`, type: 'Required value' },
      { path: `${V0}.csi.driver`, type: 'Invalid value' },
    ],
  },
  { name: 'csi with driver', mirrors: 'TestValidateCSIVolumeSource valid', spec: vol({ csi: { driver: 'test-driver.example.com' } }), expect: [] },
  {
    name: 'gcePersistentDisk bad partition (Go path "persistentDisk")',
    mirrors: 'validateGCEPersistentDiskVolumeSource (fldPath.Child("persistentDisk"))',
    spec: vol({ gcePersistentDisk: { pdName: 'pd', partition: 300 } }),
    expect: [{ path: `${V0}.persistentDisk.partition`, type: 'Invalid value', message: `${V0}.persistentDisk.partition: Invalid value: 300: must be between 1 and 255, inclusive` }],
  },
  {
    name: 'image volume without reference',
    mirrors: 'validateImageVolumeSource (ResourceIsPod)',
    spec: vol({ image: {} }),
    expect: [{ path: `${V0}.image.reference`, type: 'Required value' }],
  },
  {
    name: 'subPath into an image volume (allowed since 1.33)',
    mirrors: 'kubernetes#130135 (ImageVolume beta, subPath support); website examples/pods/image-volumes-subpath.yaml',
    spec: spec({ volumes: [{ name: 'img', image: { reference: 'repo/artifact:1' } }], containers: [{ name: 'ctr', image: 'image', volumeMounts: [{ name: 'img', mountPath: '/a', subPath: 'x' }] }] }),
    expect: [],
  },
  {
    name: 'volumeDevices need a PVC-backed volume',
    mirrors: 'TestValidateVolumeDevices "non-PVC volume"; ValidateVolumeDevices',
    spec: spec({ volumes: [{ name: 'vol', emptyDir: {} }], containers: [{ name: 'ctr', image: 'image', volumeDevices: [{ name: 'vol', devicePath: '/dev/xvda' }] }] }),
    expect: [{ path: 'spec.containers[0].volumeDevices[0].name', type: 'Invalid value' }],
  },
  {
    name: 'invalid volume is not mountable',
    mirrors: 'ValidateVolumes only registers error-free volumes',
    spec: spec({ volumes: [{ name: 'vol', secret: {} }], containers: [{ name: 'ctr', image: 'image', volumeMounts: [{ name: 'vol', mountPath: '/s' }] }] }),
    expect: [
      { path: `${V0}.secret.secretName`, type: 'Required value' },
      { path: 'spec.containers[0].volumeMounts[0].name', type: 'Not found' },
    ],
  },
];

run(rows);

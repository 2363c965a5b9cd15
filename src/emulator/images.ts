/**
 * Image references as the API server defaults them and the runtime reports them.
 * - pkg/apis/core/v1/defaults.go@SetDefaults_Container: imagePullPolicy defaults to Always for
 *   tag "latest" (or no tag and no digest), IfNotPresent otherwise.
 * - pkg/kubelet/images/image_manager.go@applyDefaultImageTag: ":latest" appended to an untagged,
 *   undigested reference before asking the runtime.
 * - containerd reports fully qualified names (docker.io/library/ubuntu:14.04) and digests
 *   (imageID "docker.io/library/ubuntu@sha256:…"); the digest here is derived from the name so it
 *   is stable across runs.
 */
import { createHash } from 'node:crypto';

export interface ImageRef {
  /** Repository without tag or digest, as written. */
  repository: string;
  tag?: string;
  digest?: string;
}

// distribution/reference: a loose but practical grammar (lower-case path components, optional
// registry host[:port], tag [\w][\w.-]{0,127}, digest algo:hex).
const REF_RE = /^((?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$/;

export function parseImageRef(image: string): ImageRef | undefined {
  const m = REF_RE.exec(image);
  if (!m || m[1] === undefined) return undefined;
  const ref: ImageRef = { repository: m[1] };
  if (m[2] !== undefined) ref.tag = m[2];
  if (m[3] !== undefined) ref.digest = m[3];
  return ref;
}

/** SetDefaults_Container: the pull policy the API server fills in. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const ref = parseImageRef(image);
  if (ref === undefined) return 'IfNotPresent';
  if (ref.digest !== undefined && ref.tag === undefined) return 'IfNotPresent';
  const tag = ref.tag ?? 'latest';
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** applyDefaultImageTag. */
export function applyDefaultImageTag(image: string): string {
  const ref = parseImageRef(image);
  if (ref === undefined) return image;
  if (ref.tag === undefined && ref.digest === undefined) return `${image}:latest`;
  return image;
}

/** docker.io normalisation (distribution/reference ParseNormalizedNamed). */
export function normalizeRepository(repository: string): string {
  const first = repository.split('/')[0] ?? '';
  const hasHost = repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasHost) return repository;
  if (!repository.includes('/')) return `docker.io/library/${repository}`;
  return `docker.io/${repository}`;
}

function hex(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

const runtimeCache = new Map<string, { image: string; imageID: string }>();

/** What containerd reports as status.containerStatuses[].image and .imageID. */
export function runtimeImage(image: string): { image: string; imageID: string } {
  const hit = runtimeCache.get(image);
  if (hit) return hit;
  const out = computeRuntimeImage(image);
  if (runtimeCache.size < 10_000) runtimeCache.set(image, out);
  return out;
}

function computeRuntimeImage(image: string): { image: string; imageID: string } {
  const ref = parseImageRef(image);
  if (ref === undefined) return { image, imageID: '' };
  const repo = normalizeRepository(ref.repository);
  const digest = ref.digest ?? `sha256:${hex(`image:${repo}:${ref.tag ?? 'latest'}`)}`;
  const shown = ref.tag !== undefined || ref.digest === undefined ? `${repo}:${ref.tag ?? 'latest'}` : `${repo}@${ref.digest}`;
  return { image: shown, imageID: `${repo}@${digest}` };
}

/** Stable "image size" for the Pulled event (real pulls report the unpacked size). */
export function imageSizeBytes(image: string): number {
  return 10_000_000 + (parseInt(hex(`size:${image}`).slice(0, 8), 16) % 90_000_000);
}

/** A deterministic 64-hex id (container IDs, pod UIDs). */
export function stableHex(seed: string, length = 64): string {
  return hex(seed).slice(0, length);
}

/** A deterministic RFC 4122-shaped UID for a pod. */
export function stableUid(seed: string): string {
  const h = hex(`uid:${seed}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

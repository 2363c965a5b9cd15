/**
 * Rule trusted-registries: every image comes from a registry in the allow-list (option
 * `registries`: `registry.example.com`, `ghcr.io/my-org`, `docker.io/library`). An image without a
 * registry host is a Docker Hub image (`nginx` = docker.io/library/nginx), as the container
 * runtimes resolve it. With an empty allow-list the rule reports nothing.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath } from '../pss/container.js';
import type { CodeCheck } from './types.js';

/** The fully qualified repository of an image reference, without tag or digest. */
export function imageRepository(image: string): string {
  let ref = image.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) ref = ref.slice(0, colon);
  const first = ref.split('/')[0] ?? '';
  const hasHost = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasHost) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

export function trusted(image: string, registries: readonly string[]): boolean {
  const repo = imageRepository(image).toLowerCase();
  return registries.some((r) => {
    const prefix = r.trim().replace(/\/+$/, '').toLowerCase();
    return prefix !== '' && (repo === prefix || repo.startsWith(prefix + '/'));
  });
}

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const registries = Array.isArray(ctx.options.registries) ? ctx.options.registries.filter((r): r is string => typeof r === 'string') : [];
  const image = ctx.target.container.image;
  if (registries.length === 0 || typeof image !== 'string' || image === '') return [];
  if (trusted(image, registries)) return [];
  return [{ path: [...containerPath(ctx), 'image'], data: { container: containerName(ctx), image, repository: imageRepository(image) } }];
};

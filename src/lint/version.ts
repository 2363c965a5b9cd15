/**
 * Kubernetes minor versions and the version ranges rules declare (`kubernetesVersions: ">=1.25 <1.34"`).
 * A range is comparators separated by spaces (all must hold), alternatives separated by `||`.
 */
import type { KubernetesVersion } from './checks/types.js';

/** The Kubernetes version rules are evaluated against when neither the CLI nor config names one (the newest release the reference sources cover). */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = { major: 1, minor: 36 };

export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export function compareVersions(a: KubernetesVersion, b: KubernetesVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

const COMPARATOR = /^(>=|<=|>|<|=)?\s*(v?\d+\.\d+(?:\.\d+)?)$/;

/** Whether a range string is well formed. */
export function isValidRange(range: string): boolean {
  return range.split('||').every((alt) => {
    const parts = alt.trim().split(/\s+/).filter(Boolean);
    return parts.length > 0 && parts.every((p) => COMPARATOR.test(p));
  });
}

export function inRange(v: KubernetesVersion, range: string | undefined): boolean {
  if (range === undefined || range.trim() === '') return true;
  return range.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((p) => {
        const m = COMPARATOR.exec(p);
        if (!m) return false;
        const bound = parseKubernetesVersion(m[2] as string);
        if (!bound) return false;
        const c = compareVersions(v, bound);
        switch (m[1]) {
          case '>=':
            return c >= 0;
          case '<=':
            return c <= 0;
          case '>':
            return c > 0;
          case '<':
            return c < 0;
          default:
            return c === 0;
        }
      }),
  );
}

export function formatVersion(v: KubernetesVersion): string {
  return `${v.major}.${v.minor}`;
}

/**
 * Rule no-privilege-escalation: Pod Security Standards restricted,
 * check_allowPrivilegeEscalation.go (1.8+; 1.25+ exempts spec.os.name=windows).
 *
 * Fix (only where it cannot make the manifest invalid or override an explicit choice): set
 * allowPrivilegeEscalation: false on a container that leaves it unset. Not offered when the
 * container is privileged or adds CAP_SYS_ADMIN (pkg/apis/core/validation
 * AllowPrivilegeEscalation: "cannot set `allowPrivilegeEscalation` to false and `privileged` to
 * true" / "… and `capabilities.Add` CAP_SYS_ADMIN"), nor for a Windows pod (validateWindows
 * forbids the field), nor when the author wrote `true`.
 */
import { isRecord } from '../../model/k8s.js';
import { allowPrivilegeEscalation } from '../pss/checks.js';
import { pssCodeCheck } from '../pss/adapter.js';
import { isWindowsPod } from '../pss/pod.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = pssCodeCheck(allowPrivilegeEscalation, {
  data: (v) => ({ problem: v.missing ? 'does not set allowPrivilegeEscalation: false' : `sets allowPrivilegeEscalation: ${v.value}` }),
  fix: (v, ctx) => {
    if (!v.missing || isWindowsPod(ctx.target.spec)) return undefined;
    // v.path = [list, index, 'securityContext', 'allowPrivilegeEscalation']
    const [list, index] = v.path;
    const spec = ctx.target.spec as unknown as Record<string, unknown>;
    const items = typeof list === 'string' ? spec[list] : undefined;
    const c: unknown = Array.isArray(items) && typeof index === 'number' ? items[index] : undefined;
    if (!isRecord(c)) return undefined;
    const sc = isRecord(c.securityContext) ? c.securityContext : {};
    if (sc.privileged === true) return undefined;
    const caps = isRecord(sc.capabilities) && Array.isArray(sc.capabilities.add) ? sc.capabilities.add : [];
    if (caps.some((a: unknown) => a === 'SYS_ADMIN' || a === 'CAP_SYS_ADMIN')) return undefined;
    return [{ op: 'set', path: [...ctx.target.specPath, ...v.path], value: false }];
  },
});

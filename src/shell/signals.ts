/** The signals podproof models, with their Linux numbers (signal(7), x86/arm). */
export type Signal = 'SIGTERM' | 'SIGKILL' | 'SIGINT' | 'SIGQUIT' | 'SIGHUP' | 'SIGUSR1' | 'SIGUSR2';

export const SIGNAL_NUMBERS: Record<Signal, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGTERM: 15,
};

export const ALL_SIGNALS = Object.keys(SIGNAL_NUMBERS) as Signal[];

/** `TERM`, `SIGTERM`, `15`, `term` → SIGTERM; undefined when not a modelled signal. */
export function parseSignal(spec: string): Signal | undefined {
  const s = spec.trim().toUpperCase();
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return ALL_SIGNALS.find((x) => SIGNAL_NUMBERS[x] === n);
  }
  const name = s.startsWith('SIG') ? s : `SIG${s}`;
  return (ALL_SIGNALS as string[]).includes(name) ? (name as Signal) : undefined;
}

/** Exit status of a process killed by `sig`: 128 + n (wait(2) as shells and runtimes report it). */
export function signalExitCode(sig: Signal): number {
  return 128 + SIGNAL_NUMBERS[sig];
}

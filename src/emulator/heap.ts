/** A binary min-heap of timers ordered by (time, priority, insertion order): deterministic ties. */
export interface Timer {
  time: number;
  prio: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class TimerHeap {
  private items: Timer[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(time: number, prio: number, fn: () => void): Timer {
    const t: Timer = { time, prio, seq: this.seq++, fn, cancelled: false };
    const a = this.items;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(a[i] as Timer, a[p] as Timer)) break;
      [a[i], a[p]] = [a[p] as Timer, a[i] as Timer];
      i = p;
    }
    return t;
  }

  peek(): Timer | undefined {
    while (this.items.length > 0 && (this.items[0] as Timer).cancelled) this.pop();
    return this.items[0];
  }

  pop(): Timer | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0] as Timer;
    const last = a.pop() as Timer;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l] as Timer, a[m] as Timer)) m = l;
        if (r < a.length && less(a[r] as Timer, a[m] as Timer)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Timer, a[i] as Timer];
        i = m;
      }
    }
    return top;
  }
}

function less(a: Timer, b: Timer): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.prio !== b.prio) return a.prio < b.prio;
  return a.seq < b.seq;
}

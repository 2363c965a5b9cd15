/**
 * Timeline pictures of a simulation (`podproof simulate --timeline out.svg|out.html`): one lane
 * per container coloured by its state over virtual time, restarts and probe failures marked, a
 * time axis with labels and a legend. Pure: snapshots in, a self-contained document out (no
 * network, no scripts fetched; the HTML embeds its SVG and a small inline script for hovering).
 */
import type { ContainerStatus, PodStatus } from '../model/k8s.js';
import { formatDuration } from '../model/duration.js';

/** What the renderers need from a status snapshot (emulator StatusSnapshot / WatchSnapshot fit). */
export interface TimelineSnapshot {
  time: number;
  pod: string;
  status: PodStatus;
  removed?: boolean;
}

export interface TimelineEvent {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  pod: string;
  container?: string;
}

export interface TimelineOptions {
  /** End of the picture (virtual ms). Default: the last snapshot or event time. */
  endTime?: number;
  events?: TimelineEvent[];
  title?: string;
  width?: number;
}

export type LaneState = 'waiting' | 'running' | 'ready' | 'terminated-ok' | 'terminated-error' | 'none';

export interface LaneSegment {
  start: number;
  end: number;
  state: LaneState;
  label: string;
}

export interface Lane {
  pod: string;
  container: string;
  init: boolean;
  segments: LaneSegment[];
  restarts: number[];
  probeFailures: { time: number; message: string }[];
  kills: { time: number; message: string }[];
}

export const STATE_COLOURS: Record<LaneState, string> = {
  waiting: '#f2c14e',
  running: '#7fb3e6',
  ready: '#3a9d5d',
  'terminated-ok': '#9aa5b1',
  'terminated-error': '#d64545',
  none: '#f4f4f4',
};

const STATE_LABELS: Record<LaneState, string> = {
  waiting: 'waiting',
  running: 'running (not ready)',
  ready: 'running and ready',
  'terminated-ok': 'terminated (exit 0)',
  'terminated-error': 'terminated (error)',
  none: 'not created',
};

function stateOf(cs: ContainerStatus | undefined): { state: LaneState; label: string } {
  if (cs === undefined) return { state: 'none', label: 'no status' };
  const s = cs.state ?? {};
  if (s.running) return cs.ready ? { state: 'ready', label: 'Running, ready' } : { state: 'running', label: `Running, not ready${cs.started === false ? ' (not started)' : ''}` };
  if (s.terminated) {
    const t = s.terminated;
    return { state: t.exitCode === 0 ? 'terminated-ok' : 'terminated-error', label: `Terminated: ${t.reason ?? ''} (exit ${t.exitCode})` };
  }
  return { state: 'waiting', label: `Waiting: ${s.waiting?.reason ?? ''}` };
}

/** Build lanes from snapshots (sorted by time) and events. */
export function buildLanes(snapshots: TimelineSnapshot[], endTime: number, events: TimelineEvent[] = []): Lane[] {
  const lanes = new Map<string, Lane>();
  const order: string[] = [];
  const sorted = [...snapshots].sort((a, b) => a.time - b.time);
  const lastRestart = new Map<string, number>();
  for (const snap of sorted) {
    const statuses: [ContainerStatus, boolean][] = [
      ...(snap.status.initContainerStatuses ?? []).map((c): [ContainerStatus, boolean] => [c, true]),
      ...(snap.status.containerStatuses ?? []).map((c): [ContainerStatus, boolean] => [c, false]),
    ];
    for (const [cs, init] of statuses) {
      const key = `${snap.pod}/${cs.name}`;
      let lane = lanes.get(key);
      if (!lane) {
        lane = { pod: snap.pod, container: cs.name, init, segments: [], restarts: [], probeFailures: [], kills: [] };
        lanes.set(key, lane);
        order.push(key);
      }
      const { state, label } = stateOf(cs);
      const prev = lane.segments[lane.segments.length - 1];
      if (prev && prev.state === state && prev.label === label) {
        // unchanged
      } else {
        if (prev) prev.end = snap.time;
        lane.segments.push({ start: snap.time, end: endTime, state, label });
      }
      const rc = lastRestart.get(key) ?? 0;
      if (cs.restartCount > rc) lane.restarts.push(snap.time);
      lastRestart.set(key, cs.restartCount);
    }
    if (snap.removed) {
      for (const lane of lanes.values()) {
        if (lane.pod !== snap.pod) continue;
        const prev = lane.segments[lane.segments.length - 1];
        if (prev) prev.end = Math.min(prev.end, snap.time);
      }
    }
  }
  for (const e of events) {
    if (!e.container) continue;
    const lane = lanes.get(`${e.pod}/${e.container}`);
    if (!lane) continue;
    if (e.reason === 'Unhealthy') lane.probeFailures.push({ time: e.time, message: e.message });
    if (e.reason === 'Killing') lane.kills.push({ time: e.time, message: e.message });
  }
  return order.map((k) => lanes.get(k) as Lane);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 1-2-5 tick spacing giving about 6–12 labels. */
function tickStep(span: number): number {
  const steps = [1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000];
  for (const s of steps) if (span / s <= 12) return s;
  return 43_200_000;
}

interface Layout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  laneH: number;
  x: (t: number) => number;
  end: number;
}

function layout(lanes: Lane[], end: number, width: number): Layout {
  const left = 190;
  const right = 30;
  const top = 50;
  const laneH = 34;
  const span = Math.max(end, 1000);
  const plotW = width - left - right;
  return {
    width,
    height: top + lanes.length * laneH + 110,
    left,
    right,
    top,
    laneH,
    end: span,
    x: (t: number) => left + (Math.max(0, Math.min(t, span)) / span) * plotW,
  };
}

function svgBody(lanes: Lane[], L: Layout, title: string, interactive: boolean): string {
  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${L.width}" height="${L.height}" fill="#ffffff"/>`);
  out.push(`<text x="${L.left}" y="24" font-size="15" font-weight="bold">${esc(title)}</text>`);
  const axisY = L.top + lanes.length * L.laneH + 8;
  // grid + axis labels
  const step = tickStep(L.end);
  for (let t = 0; t <= L.end; t += step) {
    const x = L.x(t).toFixed(1);
    out.push(`<line x1="${x}" y1="${L.top - 6}" x2="${x}" y2="${axisY}" stroke="#e3e3e3" stroke-width="1"/>`);
    out.push(`<text x="${x}" y="${axisY + 16}" font-size="11" text-anchor="middle" fill="#333">${esc(formatDuration(t))}</text>`);
  }
  out.push(`<line x1="${L.left}" y1="${axisY}" x2="${L.x(L.end).toFixed(1)}" y2="${axisY}" stroke="#333" stroke-width="1"/>`);
  out.push(`<text x="${L.left + (L.width - L.left - L.right) / 2}" y="${axisY + 34}" font-size="11" text-anchor="middle" fill="#555">virtual time since the pod was created</text>`);
  const multiPod = new Set(lanes.map((l) => l.pod)).size > 1;
  lanes.forEach((lane, i) => {
    const y = L.top + i * L.laneH;
    const name = `${multiPod ? `${lane.pod}/` : ''}${lane.init ? 'init: ' : ''}${lane.container}`;
    out.push(`<text x="${L.left - 8}" y="${y + L.laneH / 2 + 4}" font-size="12" text-anchor="end" fill="#222">${esc(name)}</text>`);
    out.push(`<rect x="${L.left}" y="${y + 6}" width="${(L.x(L.end) - L.left).toFixed(1)}" height="${L.laneH - 12}" fill="${STATE_COLOURS.none}"/>`);
    for (const s of lane.segments) {
      const x1 = L.x(s.start);
      const x2 = L.x(s.end);
      const w = Math.max(x2 - x1, 0.8);
      const data = interactive ? ` data-lane="${i}" data-start="${s.start}" data-end="${s.end}" data-state="${esc(s.label)}"` : '';
      out.push(
        `<rect x="${x1.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${L.laneH - 12}" fill="${STATE_COLOURS[s.state]}"${data}><title>${esc(`${lane.container}: ${s.label} from T+${formatDuration(s.start)} to T+${formatDuration(s.end)}`)}</title></rect>`,
      );
    }
    for (const t of lane.restarts) {
      const x = L.x(t).toFixed(1);
      out.push(`<line x1="${x}" y1="${y + 2}" x2="${x}" y2="${y + L.laneH - 2}" stroke="#111" stroke-width="2"><title>${esc(`restart at T+${formatDuration(t)}`)}</title></line>`);
    }
    for (const f of lane.probeFailures) {
      const x = L.x(f.time);
      out.push(
        `<path d="M${(x - 4).toFixed(1)},${y + 1} L${(x + 4).toFixed(1)},${y + 1} L${x.toFixed(1)},${y + 8} Z" fill="#b00020"><title>${esc(`T+${formatDuration(f.time)} ${f.message}`)}</title></path>`,
      );
    }
    for (const k of lane.kills) {
      const x = L.x(k.time);
      out.push(`<circle cx="${x.toFixed(1)}" cy="${y + L.laneH - 4}" r="3.5" fill="#111"><title>${esc(`T+${formatDuration(k.time)} Killing: ${k.message}`)}</title></circle>`);
    }
  });
  // legend
  const ly = axisY + 52;
  let lx = L.left;
  const legend: [string, string][] = (Object.keys(STATE_LABELS) as LaneState[])
    .filter((s) => s !== 'none')
    .map((s) => [STATE_COLOURS[s], STATE_LABELS[s]]);
  for (const [colour, label] of legend) {
    out.push(`<rect x="${lx}" y="${ly}" width="14" height="14" fill="${colour}"/>`);
    out.push(`<text x="${lx + 19}" y="${ly + 11}" font-size="11" fill="#222">${esc(label)}</text>`);
    lx += 30 + label.length * 6.2;
  }
  const ly2 = ly + 22;
  out.push(`<line x1="${L.left + 7}" y1="${ly2}" x2="${L.left + 7}" y2="${ly2 + 14}" stroke="#111" stroke-width="2"/>`);
  out.push(`<text x="${L.left + 19}" y="${ly2 + 11}" font-size="11" fill="#222">restart</text>`);
  out.push(`<path d="M${L.left + 90},${ly2 + 2} L${L.left + 100},${ly2 + 2} L${L.left + 95},${ly2 + 11} Z" fill="#b00020"/>`);
  out.push(`<text x="${L.left + 106}" y="${ly2 + 11}" font-size="11" fill="#222">probe failure (Unhealthy)</text>`);
  out.push(`<circle cx="${L.left + 270}" cy="${ly2 + 7}" r="3.5" fill="#111"/>`);
  out.push(`<text x="${L.left + 279}" y="${ly2 + 11}" font-size="11" fill="#222">Killing</text>`);
  return out.join('\n');
}

function endOf(snapshots: TimelineSnapshot[], opts: TimelineOptions): number {
  if (opts.endTime !== undefined) return opts.endTime;
  let end = 0;
  for (const s of snapshots) end = Math.max(end, s.time);
  for (const e of opts.events ?? []) end = Math.max(end, e.time);
  return end;
}

/** A standalone SVG document. */
export function renderTimelineSvg(snapshots: TimelineSnapshot[], opts: TimelineOptions = {}): string {
  const end = endOf(snapshots, opts);
  const lanes = buildLanes(snapshots, end, opts.events);
  const L = layout(lanes, end, opts.width ?? 960);
  const title = opts.title ?? `Pod ${[...new Set(snapshots.map((s) => s.pod))].join(', ')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" font-family="Helvetica, Arial, sans-serif">\n` +
    svgBody(lanes, L, title, false) +
    '\n</svg>\n'
  );
}

/**
 * A self-contained HTML page: the timeline plus a hover read-out showing, at the pointer's
 * time, each container's state and the events around that instant.
 */
export function renderTimelineHtml(snapshots: TimelineSnapshot[], opts: TimelineOptions = {}): string {
  const end = endOf(snapshots, opts);
  const lanes = buildLanes(snapshots, end, opts.events);
  const L = layout(lanes, end, opts.width ?? 960);
  const title = opts.title ?? `Pod ${[...new Set(snapshots.map((s) => s.pod))].join(', ')}`;
  const data = {
    left: L.left,
    right: L.width - L.right,
    end: L.end,
    lanes: lanes.map((l) => ({ name: l.container, segments: l.segments.map((s) => [s.start, s.end, s.label]) })),
    events: (opts.events ?? []).map((e) => [e.time, e.type, e.reason, e.container ?? '', e.message]),
  };
  // JSON in a <script> block: escape "<" so no "</script>" can close it early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;margin:16px;color:#222}
#wrap{position:relative;display:inline-block}
#cursor{position:absolute;top:0;width:1px;background:#444;pointer-events:none;display:none}
#info{font-size:13px;margin-top:8px;min-height:7em;white-space:pre-wrap;border-top:1px solid #ddd;padding-top:6px}
</style></head><body>
<div id="wrap">
<svg id="tl" xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}">
${svgBody(lanes, L, title, true)}
</svg>
<div id="cursor" style="height:${L.height}px"></div>
</div>
<div id="info">Move the pointer over the timeline to see each container's state and the events at that time.</div>
<script>
(function(){
var D=${json};
var svg=document.getElementById('tl'),cur=document.getElementById('cursor'),info=document.getElementById('info');
function fmt(ms){var s=Math.floor(ms/1000),h=Math.floor(s/3600),m=Math.floor(s%3600/60),r=s%60;return (h?h+'h':'')+(m?m+'m':'')+((r||(!h&&!m))?r+'s':'');}
svg.addEventListener('mousemove',function(ev){
var box=svg.getBoundingClientRect(),x=ev.clientX-box.left;
if(x<D.left||x>D.right){cur.style.display='none';return;}
var t=(x-D.left)/(D.right-D.left)*D.end;
cur.style.display='block';cur.style.left=x+'px';
var lines=['T+'+fmt(t)];
D.lanes.forEach(function(l){var st='not created';l.segments.forEach(function(s){if(t>=s[0]&&t<s[1])st=s[2];});lines.push(l.name+': '+st);});
var win=Math.max(D.end/200,1000),ev2=D.events.filter(function(e){return Math.abs(e[0]-t)<=win;});
if(ev2.length){lines.push('');ev2.slice(0,8).forEach(function(e){lines.push('T+'+fmt(e[0])+'  '+e[1]+'  '+e[2]+(e[3]?' ['+e[3]+']':'')+'  '+e[4]);});}
info.textContent=lines.join('\\n');
});
svg.addEventListener('mouseleave',function(){cur.style.display='none';});
})();
</script>
</body></html>
`;
}

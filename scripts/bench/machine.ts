/**
 * How much other work shared the machine while the bench ran. The load average cannot say: it
 * counts the bench's own builds and browser. On Linux, /proc gives the whole machine's CPU time
 * and the bench's own (this process and everything under it, Chromium included), so the rest is
 * other people's work, and `steal` is time the hypervisor gave to other machines.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  /** Clock ticks of all cores: all of them, idle ones, stolen ones, and the bench's own. */
  total: number;
  idle: number;
  steal: number;
  ours: number;
}

export interface OtherWork {
  /** Share of all cores' time busy with work that was not the bench's, 0 to 1. */
  otherBusy: number;
  /** Share of all cores' time the hypervisor gave to other machines, 0 to 1. */
  steal: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `/proc/<pid>/stat` after the command name, which may hold spaces and parentheses. */
function statFields(pid: string): string[] | undefined {
  const stat = read(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU ticks of `root` and its descendants, the children they have reaped included. */
function treeTicks(root: number): number {
  const children = new Map<string, string[]>();
  const ticks = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const f = statFields(pid);
    if (!f) continue;
    // Fields 14–17 of stat(5): utime, stime, cutime, cstime; here 0-based after the name.
    ticks.set(pid, Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
    const parent = f[1]!;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let sum = 0;
  const queue = [String(root)];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    sum += ticks.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Null where there is no /proc (macOS, Windows): the figure is then left out. */
export function sampleCpu(): CpuSample | null {
  const line = read('/proc/stat')?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number) as number[];
  const total = user! + nice! + system! + idle! + iowait! + irq! + softirq! + steal!;
  return { total, idle: idle! + iowait!, steal: steal!, ours: treeTicks(process.pid) };
}

export function otherWork(before: CpuSample | null, after: CpuSample | null): OtherWork | null {
  if (!before || !after || after.total <= before.total) return null;
  const total = after.total - before.total;
  const busy = total - (after.idle - before.idle) - (after.steal - before.steal);
  const ours = after.ours - before.ours;
  return {
    otherBusy: Math.max(0, (busy - ours) / total),
    steal: (after.steal - before.steal) / total,
  };
}

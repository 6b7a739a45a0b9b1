import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { otherWork, sampleCpu, type CpuSample } from '../../scripts/bench/machine.ts';

const at = (total: number, idle: number, steal: number, ours: number): CpuSample => ({
  total,
  idle,
  steal,
  ours,
});

describe('otherWork', () => {
  it.each([
    { name: 'an idle machine but for the bench', after: at(1200, 700, 0, 500), other: 0, steal: 0 },
    { name: 'others busy half the time', after: at(1200, 200, 0, 300), other: 0.5, steal: 0 },
    { name: 'time stolen by the hypervisor', after: at(1200, 500, 100, 400), other: 0, steal: 0.1 },
  ])('$name', ({ after, other, steal }) => {
    const work = otherWork(at(200, 0, 0, 0), after)!;
    expect(work.otherBusy).toBeCloseTo(other);
    expect(work.steal).toBeCloseTo(steal);
  });

  it('is null without two samples of a clock that moved', () => {
    expect(otherWork(null, at(1, 1, 0, 0))).toBeNull();
    expect(otherWork(at(5, 1, 0, 0), at(5, 1, 0, 0))).toBeNull();
  });
});

describe.runIf(existsSync('/proc/stat'))('sampleCpu', () => {
  it('counts the CPU time of the bench’s own children as its own', () => {
    const before = sampleCpu()!;
    execFileSync(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 300);']);
    const after = sampleCpu()!;
    // 300 ms of a busy child is 30 ticks at Linux's 100 per second; allow for a busy machine.
    expect(after.ours - before.ours).toBeGreaterThanOrEqual(10);
    expect(after.total).toBeGreaterThan(before.total);
  });
});

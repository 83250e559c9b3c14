import fs from 'node:fs';
import os from 'node:os';
import { calibrate } from './calibrate.ts';

/** What the machine was doing at one moment: for telling a quiet run from a busy one. */
export interface MachineSample {
  at: number;
  loadavg1: number;
  /** Busy CPU time of the whole machine since boot (all cores), ms; null off Linux. */
  machineBusyMs: number | null;
  calibrationMs: number;
}

export interface SectionLoad {
  wallMs: number;
  /** Share of the machine's CPU capacity (all cores) used by processes other than the bench. */
  foreignCpuShare: number | null;
  loadavgBefore: number;
  loadavgAfter: number;
  calibrationBefore: number;
  calibrationAfter: number;
  busy: boolean;
  why: string;
}

/** Clock ticks per second of /proc/stat (USER_HZ); 100 on every Linux build that matters. */
const USER_HZ = 100;

export function sampleMachine(withCalibration = true): MachineSample {
  return {
    at: performance.now(),
    loadavg1: os.loadavg()[0] ?? 0,
    machineBusyMs: readMachineBusyMs(),
    calibrationMs: withCalibration ? calibrate() : Number.NaN,
  };
}

function readMachineBusyMs(): number | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal ...
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return ((user + nice + system + irq + softirq + steal) * 1000) / USER_HZ;
  } catch {
    return null;
  }
}

/**
 * Compares two samples around a section. `ownCpuMs` is the CPU time the bench's own processes
 * used in between (parent + worker): whatever else kept the cores busy was someone else.
 */
export function describeLoad(before: MachineSample, after: MachineSample, ownCpuMs: number): SectionLoad {
  const wallMs = after.at - before.at;
  const capacity = wallMs * os.availableParallelism();
  const foreign =
    before.machineBusyMs === null || after.machineBusyMs === null
      ? null
      : Math.max(0, after.machineBusyMs - before.machineBusyMs - ownCpuMs) / Math.max(capacity, 1);
  const drift = after.calibrationMs / before.calibrationMs - 1;
  const reasons: string[] = [];
  if (foreign !== null && foreign > 0.1) reasons.push(`other processes used ${(foreign * 100).toFixed(0)}% of the CPU`);
  if (Number.isFinite(drift) && Math.abs(drift) > 0.15)
    reasons.push(`calibration ${drift > 0 ? 'slowed' : 'sped up'} ${(Math.abs(drift) * 100).toFixed(0)}%`);
  if (foreign === null && after.loadavg1 > os.availableParallelism() * 0.75)
    reasons.push(`load average ${after.loadavg1.toFixed(2)}`);
  return {
    wallMs,
    foreignCpuShare: foreign,
    loadavgBefore: before.loadavg1,
    loadavgAfter: after.loadavg1,
    calibrationBefore: before.calibrationMs,
    calibrationAfter: after.calibrationMs,
    busy: reasons.length > 0,
    why: reasons.join('; '),
  };
}

// Measuring helpers for `npm run bench`: child processes with wall time and peak memory, and gzip
// sizes.
import { spawn, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';

/** One line of the results table. */
export interface Row {
  what: string;
  measured: string;
  budget: string;
  pass: boolean;
}
/** The results as a Markdown table, one row a measure, failures in bold. */
export function budgetTable(rows: readonly Row[]): string {
  return [
    '| Measure | Measured | Budget | Result |',
    '|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.what} | ${r.measured} | ${r.budget} | ${r.pass ? 'pass' : '**FAIL**'} |`,
    ),
  ].join('\n');
}

/** Adds a line to the results table. */
export type Add = (what: string, measured: string, budget: string, pass: boolean) => void;

/** A finished child process: exit code, wall seconds, its peak resident memory and its output. */
export interface Run {
  code: number | null;
  seconds: number;
  peakMb: number;
  output: string;
}

/** Runs a command; resolves with exit code, wall seconds and peak resident memory (MB, Linux). */
export function run(
  cmd: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let peakKb = 0;
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* the process has ended, or this is not Linux */
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024, output });
    });
  });
}

export const gz = (text: string | Uint8Array): number => gzipSync(text).length;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Inline <style> and <script> text of an HTML page (this site inlines both); JSON data excluded. */
export function pageParts(html: string): { html: string; styles: string; scripts: string } {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const scripts = [
    ...html.matchAll(
      /<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1])
    .join('');
  return { html, styles, scripts };
}

/** The ids of `root` and of every process below it, from /proc (Linux). */
function processTree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      // the command name may hold spaces and brackets: the fields after the last ')' are fixed
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree];
}

const TICKS = 100; // USER_HZ: /proc reports CPU time in hundredths of a second on Linux

/** What runTree() measured; see there. */
export interface TreeRun extends Run {
  startedAt: number;
  samples: { at: number; mb: number }[];
  treePeakMb: number;
  cpuSeconds: number;
  /** The 1-minute load average when the run started and when it ended. */
  load: [number, number];
  /**
   * CPU time (seconds, all cores) that other processes used while it ran: the machine's busy time
   * less the build's own. The load average cannot tell this: a 2-core build raises it to 3-4 by
   * itself, and the next build starts under that build's tail. Undefined where /proc/stat is not.
   */
  otherCpuSeconds: number | undefined;
}

/** The CPU time the whole machine has spent busy, all cores (seconds), from /proc/stat. */
function machineBusySeconds(): number | undefined {
  try {
    const first = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal ...
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = first
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user + nice + system + irq + softirq + steal) / TICKS;
  } catch {
    return undefined;
  }
}

/**
 * Like run(), and also samples the whole process tree (the build and its children, such as
 * Pagefind's binary) every `every` ms: resolves with the tree's peak resident memory (the sum over
 * its processes at one sample), the samples themselves ({ at: Date.now(), mb }) so that a peak can
 * be placed in a phase, and the CPU time of the build and its children (user + system, seconds).
 */
export function runTree(
  cmd: string,
  args: readonly string[],
  options: SpawnOptions = {},
  every = 100,
): Promise<TreeRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    const startedAt = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const load = loadavg()[0] ?? 0;
    const machineAtStart = machineBusySeconds();
    let peakKb = 0;
    let cpuTicks = 0;
    let output = '';
    const samples: { at: number; mb: number }[] = [];
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const poll = setInterval(() => {
      let kb = 0;
      if (child.pid === undefined) return; // it could not start: 'close' says so
      for (const pid of processTree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          if (pid === child.pid)
            peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          /* ended */
        }
      }
      try {
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime, stime, and the same for children it has waited for
        cpuTicks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      } catch {
        /* ended */
      }
      if (kb) samples.push({ at: Date.now(), mb: kb / 1024 });
    }, every);
    child.on('close', (code) => {
      clearInterval(poll);
      const machine = machineBusySeconds();
      const otherCpuSeconds =
        machine === undefined || machineAtStart === undefined
          ? undefined
          : Math.max(0, machine - machineAtStart - cpuTicks / TICKS);
      resolve({
        code,
        seconds: (performance.now() - start) / 1000,
        startedAt,
        output,
        samples,
        peakMb: peakKb / 1024,
        treePeakMb: Math.max(0, ...samples.map((s) => s.mb)),
        cpuSeconds: cpuTicks / TICKS,
        load: [load, loadavg()[0] ?? 0],
        otherCpuSeconds,
      });
    });
  });
}

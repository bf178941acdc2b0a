/**
 * Runs a command as a child process and measures it from the outside, as the machine sees it:
 * wall time from spawn to exit, CPU time (user and system, from bash's `time`), and resident
 * memory sampled from /proc/PID/status every 20 ms (VmRSS, and VmHWM, the kernel's own peak).
 * Each line the child writes to stdout is handed over as it arrives, with the seconds since
 * spawn, the CPU seconds and the peak memory so far, so that a caller can split the run into
 * steps. Linux only (/proc).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Where the child is at one moment: since spawn, CPU used, resident memory now and at most. */
export interface MeterReading {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly rssBytes: number;
  /** The largest resident memory of the child so far (sampled VmRSS and VmHWM). */
  readonly peakBytes: number;
  /** The largest VmRSS sampled since the line before (for a reading handed over with a line). */
  readonly stepPeakBytes: number;
}

export interface MeteredRun {
  readonly seconds: number;
  /** User and system CPU time of the whole child, from bash's `time`. */
  readonly cpuSeconds: number;
  readonly peakBytes: number;
  readonly stderr: string;
}

const ticksPerSecond = Number(
  spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100,
);

/**
 * Runs `command args` through `bash -c 'time ...'` and measures the command (not bash) while it
 * runs. `onLine` is called for each line of its stdout. Rejects when it exits with another
 * status than 0, with its stderr.
 */
export function runMetered(
  command: string,
  args: readonly string[],
  onLine: (line: string, at: MeterReading) => void = () => undefined,
): Promise<MeteredRun> {
  const started = performance.now();
  const shell = spawn('bash', ['-c', 'TIMEFORMAT="%U %S"; time "$@"', 'bash', command, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pid: number | undefined;
  let peak = 0;
  let cpu = 0;
  let rss = 0;
  let stepPeak = 0;
  const sample = (): MeterReading => {
    pid ??= childOf(shell.pid);
    const now = pid === undefined ? undefined : readProc(pid);
    if (now) {
      rss = now.rss;
      cpu = now.cpu;
      peak = Math.max(peak, now.rss, now.hwm);
      stepPeak = Math.max(stepPeak, now.rss);
    }
    return {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: cpu,
      rssBytes: rss,
      peakBytes: peak,
      stepPeakBytes: stepPeak,
    };
  };
  const sampler = setInterval(sample, 20);
  let stderr = '';
  shell.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  createInterface({ input: shell.stdout }).on('line', (line) => {
    const at = sample();
    stepPeak = rss;
    onLine(line, at);
  });
  return new Promise((resolve, reject) => {
    shell.on('error', reject);
    shell.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const lines = stderr.trimEnd().split('\n');
      const [user = NaN, system = NaN] = (lines.pop() ?? '').split(' ').map(Number);
      if (status !== 0) {
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${status}: ${lines.join('\n')}`),
        );
        return;
      }
      resolve({ seconds, cpuSeconds: user + system, peakBytes: peak, stderr: lines.join('\n') });
    });
  });
}

/** The process bash started for the command (its only child), once it exists. */
function childOf(shellPid: number | undefined): number | undefined {
  if (shellPid === undefined) return undefined;
  try {
    const first = readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, 'utf8').trim();
    return first ? Number(first.split(' ')[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** VmRSS and VmHWM in bytes and utime + stime in seconds; undefined once the process is gone. */
function readProc(pid: number): { rss: number; hwm: number; cpu: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    // The fields after the command name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024, cpu: ticks / ticksPerSecond };
  } catch {
    return undefined;
  }
}

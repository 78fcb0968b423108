// SPDX-License-Identifier: MIT
// CPU time of Chromium's processes, read from /proc (Linux): on a CPU renderer the GPU process
// (SwiftShader drawing and compositing every frame) is where startup time goes, which the main
// thread's profile does not show (it only waits on it). Elsewhere the figures are null.
import { readdirSync, readFileSync } from 'node:fs';

/** clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ). */
const TICKS_PER_S = 100;

function cpuMs(pid: string): number {
  // Fields after the command name: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

/** CPU ms used so far by every Chromium GPU process, or null without /proc. */
export function gpuProcessCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (command.includes('--type=gpu-process')) total += cpuMs(pid);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * Waits until the GPU process is quiet (under 20 ms of CPU in 200 ms), at most `maxMs`: work left by
 * the page before (a frame still being drawn, a context being freed) must not count for the next.
 */
export async function gpuProcessQuiet(maxMs = 5000): Promise<void> {
  const deadline = performance.now() + maxMs;
  let last = gpuProcessCpuMs();
  while (last !== null && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = gpuProcessCpuMs();
    if (now === null || now - last < 20) return;
    last = now;
  }
}

// SPDX-License-Identifier: MIT
// The machine the figures were measured on: ratios travel between machines, absolute times do not.
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  renderer: string;
  date: string;
  /** 1-minute load average at the start and the end: other work on the machine skews frame rates. */
  loadAverage: [number, number];
}

export function machine(chromium: string, loadAtStart: number): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    renderer: 'WebGL2 via ANGLE on SwiftShader (CPU), headless, 1280×800, deviceScaleFactor 1',
    date: new Date().toISOString(),
    loadAverage: [loadAtStart, loadavg()[0]!].map((l) => Math.round(l * 100) / 100) as [number, number],
  };
}

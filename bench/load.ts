import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Peak RSS of the API process during the run, MiB. */
  peakRssMiB: number;
}

/** Resident set size of a process, MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? 0 : Number(match[1]) / 1024;
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Closed-loop load with autocannon: `connections` connections, each sending
 * the next POST as soon as the previous answer arrives, for `seconds`.
 * Latencies are recorded per response (autocannon's own summary has no p95).
 */
export async function runLoad(
  url: string,
  body: string,
  options: { connections: number; seconds: number; pid: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let peak = rssMiB(options.pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB(options.pid));
  }, 200);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections: options.connections,
          duration: options.seconds,
          timeout: 30,
        },
        (error, done) => {
          if (error === null || error === undefined) resolve(done);
          else reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      });
    });
    latencies.sort((a, b) => a - b);
    return {
      requests: result.requests.total,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      rps: result.requests.total / options.seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      peakRssMiB: peak,
    };
  } finally {
    clearInterval(sampler);
  }
}

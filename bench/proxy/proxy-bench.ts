import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { startChildServer, type ChildServer } from '../lib/child-server.js';
import { bundleDir } from '../lib/paths.js';
import type { SuiteResult } from '../lib/result.js';
import { formatMs, formatRate, formatRatio, percentile } from '../lib/stats.js';
import { createAgent, runLoad, type LoadRequest } from './load.js';
import { BENCH_CONCURRENCY } from './settings.js';

/** The proxy may add at most this share of latency at p50. */
const MAX_P50_OVERHEAD = 0.2;

export interface ProxyBenchOptions {
  /** Alternating rounds of direct and proxied load. */
  rounds?: number;
  roundMs?: number;
  warmupCount?: number;
}

/**
 * `execute` (get contact) through the proxy to the sandbox, versus GET /contacts/:id on the sandbox directly: same
 * concurrency, alternating rounds in the same run. The sandbox and the proxy each run in their own process,
 * the load loop in this one, all on 127.0.0.1.
 */
export async function runProxyBench(options: ProxyBenchOptions = {}): Promise<SuiteResult> {
  const { rounds = 4, roundMs = 2_000, warmupCount = 1_000 } = options;
  const script = join(bundleDir, 'proxy-server.mjs');
  const servers: ChildServer<unknown>[] = [];
  try {
    const sandbox = await startChildServer<{ url: string; token: string }>(script, ['sandbox']);
    servers.push(sandbox);
    const proxyKey = randomBytes(24).toString('base64url');
    const proxy = await startChildServer<{ url: string }>(script, ['proxy', sandbox.info.url, sandbox.info.token, proxyKey]);
    servers.push(proxy);
    const bare = await startChildServer<{ url: string }>(script, ['passthrough', sandbox.info.url, sandbox.info.token, proxyKey]);
    servers.push(bare);

    const contactId = seedContactIds.amara;
    const direct: LoadRequest = {
      method: 'GET',
      url: new URL(`/contacts/${encodeURIComponent(contactId)}`, sandbox.info.url),
      headers: { Authorization: `Bearer ${sandbox.info.token}`, 'Intercom-Version': '2.16', Accept: 'application/json' },
      ok: (status, body) => status === 200 && body.includes(contactId),
    };
    const body = JSON.stringify({ config: { resource: 'contact', operation: 'get', contactId } });
    const proxied: LoadRequest = {
      method: 'POST',
      url: new URL('/v1/intercom/execute', proxy.info.url),
      headers: { Authorization: `Bearer ${proxyKey}`, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
      body,
      ok: (status, text) => status === 200 && text.includes('"success":true') && text.includes(contactId),
    };
    const hop: LoadRequest = { ...proxied, url: new URL('/v1/intercom/execute', bare.info.url) };
    const requests = { direct, proxied, hop };

    const agent = createAgent(BENCH_CONCURRENCY);
    const load = { concurrency: BENCH_CONCURRENCY };
    for (const request of Object.values(requests)) {
      const warm = await runLoad(agent, request, { ...load, count: warmupCount });
      if (warm.failures > 0) throw new Error(`warm-up failed (${warm.failures}): ${warm.firstFailure ?? ''}`);
    }

    type Side = keyof typeof requests;
    const empty = () => ({ latencies: [] as number[], elapsedMs: 0, failures: 0 });
    const results: Record<Side, ReturnType<typeof empty>> = { direct: empty(), proxied: empty(), hop: empty() };
    const sides: Side[] = ['direct', 'proxied', 'hop'];
    let firstFailure: string | undefined;
    for (let round = 0; round < rounds; round++) {
      // Each side goes first in turn, so a drifting machine weighs on all of them.
      const order = sides.map((_, i) => sides[(i + round) % sides.length]!);
      for (const side of order) {
        const run = await runLoad(agent, requests[side], { ...load, durationMs: roundMs });
        results[side].latencies.push(...run.latencies);
        results[side].elapsedMs += run.elapsedMs;
        results[side].failures += run.failures;
        firstFailure ??= run.firstFailure;
      }
    }
    agent.destroy();

    const figures = (side: Side) => {
      const { latencies, elapsedMs } = results[side];
      return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rate: (latencies.length / elapsedMs) * 1000, count: latencies.length };
    };
    const d = figures('direct');
    const p = figures('proxied');
    const b = figures('hop');
    const p50Ratio = p.p50 / d.p50;
    const failures = results.direct.failures + results.proxied.failures + results.hop.failures;
    const failureNote = failures > 0 ? [`proxy: ${failures} calls failed (first: ${firstFailure ?? '?'})`] : [];
    return {
      rows: [
        {
          suite: 'proxy',
          name: `execute get contact, p50 latency (concurrency ${BENCH_CONCURRENCY})`,
          value: formatMs(p.p50),
          baseline: `sandbox direct ${formatMs(d.p50)}`,
          ratio: `${formatRatio(p50Ratio)} latency (+${((p50Ratio - 1) * 100).toFixed(0)}%)`,
          budget: { text: `p50 at most +${MAX_P50_OVERHEAD * 100}%`, pass: p50Ratio <= 1 + MAX_P50_OVERHEAD && failures === 0 },
        },
        {
          suite: 'proxy',
          name: `execute get contact, p99 latency (concurrency ${BENCH_CONCURRENCY})`,
          value: formatMs(p.p99),
          baseline: `sandbox direct ${formatMs(d.p99)}`,
          ratio: `${formatRatio(p.p99 / d.p99)} latency`,
        },
        {
          suite: 'proxy',
          name: `execute get contact, throughput (concurrency ${BENCH_CONCURRENCY})`,
          value: formatRate(p.rate, 'req/s'),
          baseline: `sandbox direct ${formatRate(d.rate, 'req/s')}`,
          ratio: `${formatRatio(p.rate / d.rate)} throughput`,
        },
        {
          suite: 'proxy',
          name: `bare pass-through hop, p50 latency (concurrency ${BENCH_CONCURRENCY})`,
          value: `block-proxy ${formatMs(p.p50)}`,
          baseline: `bare hop ${formatMs(b.p50)} (${formatRate(b.rate, 'req/s')})`,
          ratio: `${formatRatio(p.p50 / b.p50)} the hop's latency`,
        },
      ],
      notes: [
        `proxy: closed loop of ${BENCH_CONCURRENCY} keep-alive workers, ${rounds} rounds of ${roundMs / 1000} s per side in rotating order after ${warmupCount} warm-up calls each (${p.count} proxied, ${d.count} direct, ${b.count} bare-hop calls measured). Sandbox, proxy and load loop are separate Node processes on 127.0.0.1 sharing the 2 cores; the proxy re-validates the config, builds the request, calls the sandbox over HTTP (global fetch, keep-alive) and maps the answer. The bare hop is a ${'`'}serve()${'`'} handler that only checks the key, makes the same sandbox call and wraps the answer: what any Node proxy in this place costs.`,
        `proxy: the proxy's limiter is opened (${BENCH_CONCURRENCY} in flight, no rate cap) and so is the sandbox's 1,666/10 s limit; with the proxy's defaults (10 in flight, 166 per 10 s) it would throttle this load to 16.6 req/s by design.`,
        ...failureNote,
      ],
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

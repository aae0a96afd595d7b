import { Redis } from 'ioredis';

/** How the proxy reaches Redis. */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://` for TLS. */
  url: string;
  /** Every command's time limit; a command still unanswered then fails (the caller falls back). Default 500 ms. */
  commandTimeoutMs?: number;
  /** Time limit of one connection attempt. Default 2,000 ms. */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts (they go on forever, backing off from 50 ms). Default 2,000 ms. */
  maxReconnectDelayMs?: number;
  /** Prefix of every key this connection writes, so several deployments can share one Redis. Default `wb:`. */
  keyPrefix?: string;
  /** Where up/down changes are said (never a password). */
  log?: (line: string) => void;
}

export type RedisStatus = 'up' | 'down';

/** One Redis client whose every call is bounded in time, and its up/down state for health. */
export interface RedisConnection {
  /** The ioredis client: commands fail at once while disconnected (no offline queue) and after `commandTimeoutMs`. */
  readonly redis: Redis;
  /** Prefix every key with it (the client does not add it, so Lua scripts see the same names). */
  readonly keyPrefix: string;
  /** Whether the client is connected and ready now (no round trip). */
  status(): RedisStatus;
  /** Asks Redis (PING) within the command time limit. */
  ping(): Promise<RedisStatus>;
  /** Resolves once connected, or after `timeoutMs` (then check `status()`); never rejects. */
  ready(timeoutMs?: number): Promise<RedisStatus>;
  /** Closes the connection for good. */
  close(): Promise<void>;
}

/**
 * Connects to Redis for the proxy's shared state. No call may hang a run: there is no offline queue (a command
 * while disconnected fails at once), each command has a time limit, a command in flight when the connection
 * drops is not resent, and the client reconnects forever with a capped backoff, so Redis coming back is used
 * without a restart. Callers treat any failure as "Redis is down" and fall back (the README says how).
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL! });
 * const shared = createRedisSharedState(redis); // createIntercomProxy({ ..., shared })
 */
export function createRedisConnection(options: RedisConnectionOptions): RedisConnection {
  const log = options.log ?? (() => undefined);
  const maxDelay = options.maxReconnectDelayMs ?? 2_000;
  const redis = new Redis(options.url, {
    enableOfflineQueue: false,
    commandTimeout: options.commandTimeoutMs ?? 500,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
    // Commands are short; a reconnect must not replay writes the caller already gave up on.
    autoResendUnfulfilledCommands: false,
    // Off: ioredis sends one auto-pipeline at a time, so each command would also wait out the batch before it
    // (a second round trip under load). Redis answers commands sent one by one on one connection in order anyway.
    enableAutoPipelining: false,
  });
  const where = describeRedisUrl(options.url);
  let said: RedisStatus | undefined;
  const say = (status: RedisStatus, detail?: string) => {
    if (said === status) return;
    said = status;
    log(status === 'up' ? `redis ${where} is up` : `redis ${where} is down${detail ? ` (${detail})` : ''}; shared state falls back until it returns`);
  };
  redis.on('ready', () => say('up'));
  // Without a listener an 'error' event would crash the process; the client keeps reconnecting.
  redis.on('error', (error: Error & { code?: string }) => say('down', error.code ?? error.name));
  redis.on('end', () => say('down', 'closed'));
  redis.on('close', () => {
    if (said === 'up') say('down', 'connection closed');
  });

  const status = (): RedisStatus => (redis.status === 'ready' ? 'up' : 'down');
  return {
    redis,
    keyPrefix: options.keyPrefix ?? 'wb:',
    status,
    ping: async () => {
      try {
        return (await redis.ping()) === 'PONG' ? 'up' : 'down';
      } catch {
        return 'down';
      }
    },
    ready: (timeoutMs = 2_000) =>
      new Promise((resolve) => {
        if (status() === 'up') {
          resolve('up');
          return;
        }
        const onReady = () => {
          clearTimeout(timer);
          resolve('up');
        };
        const timer = setTimeout(() => {
          redis.off('ready', onReady);
          resolve(status());
        }, timeoutMs);
        redis.once('ready', onReady);
      }),
    close: async () => {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}

/** The URL without its password, for logs: `redis://127.0.0.1:6379`. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`;
  } catch {
    return '(REDIS_URL)';
  }
}

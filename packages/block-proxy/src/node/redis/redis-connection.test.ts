import { startTestRedis, type TestRedis } from '@workflow-blocks/test-support/redis';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisConnection, describeRedisUrl } from './redis-connection.js';

// This file kills its Redis, so it starts its own.
let server: TestRedis;
beforeAll(async () => {
  server = await startTestRedis();
});
afterAll(async () => {
  await server.stop();
});

describe('createRedisConnection', () => {
  it('is up once connected, and every command fails at once while Redis is down instead of waiting for it', async () => {
    const lines: string[] = [];
    const connection = createRedisConnection({ url: server.url, log: (line) => lines.push(line), maxReconnectDelayMs: 100 });
    try {
      expect(await connection.ready()).toBe('up');
      expect(await connection.ping()).toBe('up');
      await connection.redis.set('k', 'v');

      await server.kill();
      await expect(connection.redis.get('k')).rejects.toThrow();
      await expect.poll(() => connection.status()).toBe('down');
      expect(await connection.ping()).toBe('down');

      // It reconnects by itself; the restarted Redis kept nothing (no persistence).
      await server.restart();
      expect(await connection.ready(20_000)).toBe('up');
      expect(await connection.redis.get('k')).toBeNull();
      expect(lines.some((line) => line.includes('is down'))).toBe(true);
      expect(lines.at(-1)).toContain('is up');
    } finally {
      await connection.close();
    }
  });

  it('gives up on a command Redis does not answer within the time limit', async () => {
    const connection = createRedisConnection({ url: server.url, commandTimeoutMs: 200 });
    const admin = new Redis(server.url);
    admin.on('error', () => undefined);
    try {
      expect(await connection.ready()).toBe('up');
      // Another client pauses every client's commands for longer than the time limit.
      await admin.client('PAUSE', 1_500, 'ALL');
      await expect(connection.redis.get('k')).rejects.toThrow(/timed out/i);
      expect(await connection.ping()).toBe('down');
    } finally {
      await admin.client('UNPAUSE');
      admin.disconnect();
      await connection.close();
    }
  });

  it('sends each command at once, not held until the commands before it are answered', async () => {
    const connection = createRedisConnection({ url: server.url, commandTimeoutMs: 2_000 });
    const admin = new Redis(server.url);
    admin.on('error', () => undefined);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    try {
      expect(await connection.ready()).toBe('up');
      // Redis holds every answer for a while: the first command stays in flight.
      await admin.client('PAUSE', 500, 'ALL');
      const socket = (connection.redis as unknown as { stream: { bytesWritten: number } }).stream;
      const first = connection.redis.get('first');
      await turn();
      await turn();
      const afterFirst = socket.bytesWritten;
      const second = connection.redis.get('second');
      await turn();
      await turn();
      // Written while the first still waits for its answer (an auto-pipeline would hold it back).
      expect(socket.bytesWritten).toBeGreaterThan(afterFirst);
      await admin.client('UNPAUSE');
      expect(await Promise.all([first, second])).toEqual([null, null]);
    } finally {
      await admin.client('UNPAUSE');
      admin.disconnect();
      await connection.close();
    }
  });

  it('never logs a password', () => {
    expect(describeRedisUrl('redis://user:s3cret@redis.internal:6380/2')).toBe('redis://redis.internal:6380');
  });
});

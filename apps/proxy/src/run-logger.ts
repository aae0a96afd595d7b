import { pino, type DestinationStream } from 'pino';
import type { RunLogRecord } from '@workflow-blocks/block-proxy';

/**
 * Writes each run's record as one JSON line (pino), the `msg` being `run`: lines that several instances' logs can
 * be merged on (`requestId`, `instance`) and queried by field. The record holds no token or field value.
 * @param destination - where lines go; standard output by default.
 */
export function createRunLogger(destination?: DestinationStream): (record: RunLogRecord) => void {
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return (record) => logger.info(record, 'run');
}

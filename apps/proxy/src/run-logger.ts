import { pino, type DestinationStream } from 'pino';
import type { RunLogRecord } from '@workflow-blocks/block-proxy';

/**
 * Writes each run's record as one JSON line (pino), the `msg` being `run`: lines that several instances' logs can
 * be merged on (`requestId`, `instance`) and queried by field. The record holds no token or field value.
 * @param destination - where lines go; standard output (written asynchronously) by default.
 */
export function createRunLogger(destination?: DestinationStream): (record: RunLogRecord) => void {
  // Written beside the runs, not in their way: lines that come while a write is under way go out together with
  // the next one, and pino writes what is left when the process exits.
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination ?? pino.destination({ dest: 1, sync: false }));
  return (record) => logger.info(record, 'run');
}

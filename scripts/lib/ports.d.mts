/** Whether a port can be listened on at a host now. */
export function isPortFree(port: number, host: string): Promise<boolean>;
/** A free port after `from`, to suggest (undefined when none of the next 50 is). */
export function nextFreePort(from: number, host: string, avoid?: number[]): Promise<number | undefined>;
/** A message naming every port that is not a number or is taken, and how to choose others; undefined when all are free. */
export function checkPorts(wanted: { name: string; variable: string; value: string | undefined; fallback: number }[], host: string): Promise<string | undefined>;

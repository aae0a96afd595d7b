// Which of the ports `npm start` needs are free, checked before anything starts (plain Node: runs before install).
import { createServer } from 'node:net';

/**
 * Whether a port can be listened on at a host now.
 * @param {number} port
 * @param {string} host
 * @returns {Promise<boolean>}
 */
export function isPortFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * A free port after `from`, to suggest (undefined when none of the next 50 is).
 * @param {number} from
 * @param {string} host
 * @param {number[]} avoid - ports already suggested or needed
 * @returns {Promise<number | undefined>}
 */
export async function nextFreePort(from, host, avoid = []) {
  for (let port = from + 1; port <= Math.min(from + 50, 65535); port += 1) {
    if (!avoid.includes(port) && (await isPortFree(port, host))) return port;
  }
  return undefined;
}

/**
 * Reads the ports from their variables and checks each: a message naming every port that is not a number or is
 * taken, and how to choose others, or undefined when all are free.
 * @param {{ name: string, variable: string, value: string | undefined, fallback: number }[]} wanted
 * @param {string} host
 * @returns {Promise<string | undefined>}
 */
export async function checkPorts(wanted, host) {
  const problems = [];
  const ports = [];
  for (const { name, variable, value, fallback } of wanted) {
    const port = value === undefined || value === '' ? fallback : Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`${variable}=${value} (${name}) is not a port number from 1 to 65535.`);
    else if (ports.some((other) => other.port === port)) problems.push(`${variable} (${name}) is ${port}, the same port as ${ports.find((other) => other.port === port).variable}.`);
    else ports.push({ name, variable, port, taken: !(await isPortFree(port, host)) });
  }
  const taken = ports.filter((entry) => entry.taken);
  for (const { name, variable, port } of taken) problems.push(`Port ${port} on ${host} (${name}, ${variable}) is already in use by another program.`);
  if (problems.length === 0) return undefined;

  // Suggest free ports for the taken ones, keeping the others.
  const suggestion = [];
  const avoid = ports.map((entry) => entry.port);
  for (const entry of ports) {
    if (!entry.taken) continue;
    const free = await nextFreePort(entry.port, host, avoid);
    if (free !== undefined) {
      avoid.push(free);
      suggestion.push(`${entry.variable}=${free}`);
    }
  }
  const variables = wanted.map((entry) => `${entry.variable} (${entry.name}, default ${entry.fallback})`).join(' and ');
  return [
    ...problems,
    `${taken.length > 0 ? 'Stop what uses it, or choose other ports' : 'Choose the ports'} with ${variables}${suggestion.length > 0 ? `, e.g.:  ${suggestion.join(' ')} npm start` : '.'}`,
  ].join('\n  ');
}

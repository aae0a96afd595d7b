export { startTestProcess, stopTestProcesses, type ProcessExit, type TestProcess, type TestProcessOptions } from './test-process.js';
export { freePort } from './free-port.js';
export { waitUntil } from './wait-until.js';

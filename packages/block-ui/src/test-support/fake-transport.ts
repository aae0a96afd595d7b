import type { AdminSummary, BlockOutputs, BlockTransport, ConnectionState, DataAttributeInfo, IntercomConfig, TagSummary, TeamSummary, TicketStateSummary, TicketTypeInfo } from '@workflow-blocks/block-core';
import { intercomConnection, notConnected, sampleAdmins, sampleTags, sampleTeams, sampleTicketStates, sampleTicketTypes, sandboxConnection, validAccessToken } from './sample-data.js';

/** The workspace lists a fake transport serves. */
export type FakeList = 'admins' | 'ticketTypes' | 'ticketStates' | 'teams' | 'tags' | 'dataAttributes';
import { sampleOutputs } from './sample-outputs.js';

export interface FakeTransportOptions {
  connection?: ConnectionState;
  admins?: AdminSummary[];
  ticketTypes?: TicketTypeInfo[];
  ticketStates?: TicketStateSummary[];
  teams?: TeamSummary[];
  tags?: TagSummary[];
  /** The workspace's custom contact attributes; without them the transport has no `dataAttributes` (a host that lists none). */
  dataAttributes?: DataAttributeInfo[];
  /** Lists whose call fails (as a proxy that cannot read the workspace), until taken out of `transport.unreadable`. */
  unreadable?: readonly FakeList[];
  /** Lists whose call never answers (the picker stays loading). */
  pending?: readonly FakeList[];
  /** Answers a run; by default a success with every output of the operation, from its output shapes. */
  execute?: (config: IntercomConfig) => BlockOutputs | Promise<BlockOutputs>;
  /** Milliseconds every call waits, to show loading and progress states. */
  delayMs?: number;
  /** Where `startOAuth` sends the consent popup. */
  authorizeUrl?: string;
  /** `false`: a transport that cannot connect or disconnect (no `startOAuth`, `connectWithToken`, `disconnect`). */
  connect?: boolean;
}

/** A BlockTransport held in memory that records what it was asked: a preview and test aid, not the product. */
export interface FakeTransport extends BlockTransport {
  executed: IntercomConfig[];
  /** Changes what `connection()` answers next (e.g. after a reconnect). */
  setConnection: (state: ConnectionState) => void;
  /** The tokens `connectWithToken` was given, and how many times `disconnect` ran. */
  connects: { accessToken: string; region: string }[];
  disconnects: number;
  /** The lists that fail now; delete one to have it answer. */
  unreadable: Set<FakeList>;
  /** How many times each list was asked for. */
  listCalls: Record<FakeList, number>;
}

const unreadableError = () => new Error('The proxy could not reach Intercom (503): try again in a moment.');

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });
}

/**
 * An in-memory BlockTransport for stories and tests.
 * @example createFakeTransport({ connection: disconnectedConnection })
 */
export function createFakeTransport(options: FakeTransportOptions = {}): FakeTransport {
  let connection = options.connection ?? sandboxConnection;
  const delay = options.delayMs ?? 0;
  const executed: IntercomConfig[] = [];
  const connects: FakeTransport['connects'] = [];
  const pending = new Set(options.pending ?? []);
  // A list's answer after the delay: or a failure, or no answer at all.
  async function list<T>(name: FakeList, items: T[], signal?: AbortSignal): Promise<T[]> {
    transport.listCalls[name] += 1;
    await wait(pending.has(name) ? 2_147_483_647 : delay, signal);
    if (transport.unreadable.has(name)) throw unreadableError();
    return items;
  }
  const transport: FakeTransport = {
    executed,
    unreadable: new Set(options.unreadable ?? []),
    listCalls: { admins: 0, ticketTypes: 0, ticketStates: 0, teams: 0, tags: 0, dataAttributes: 0 },
    connects,
    disconnects: 0,
    async startOAuth(_start, signal) {
      await wait(delay, signal);
      return { authorizeUrl: options.authorizeUrl ?? 'https://app.intercom.com/oauth?client_id=fake' };
    },
    async connectWithToken(connection_, signal) {
      connects.push({ ...connection_ });
      await wait(delay, signal);
      // Like the proxy: a refused token is an error naming the field, and nothing is stored.
      if (connection_.accessToken !== validAccessToken) {
        throw Object.assign(new Error('Intercom refused this access token: Access Token Invalid [unauthorized].'), {
          issues: [{ field: 'accessToken', message: 'Intercom refused this access token: Access Token Invalid [unauthorized].' }],
        });
      }
      connection = { ...intercomConnection, method: 'token', region: connection_.region };
      return connection;
    },
    async disconnect(signal) {
      transport.disconnects += 1;
      await wait(delay, signal);
      connection = notConnected;
      return connection;
    },
    setConnection(state) {
      connection = state;
    },
    async connection(signal) {
      await wait(delay, signal);
      return connection;
    },
    admins: (signal) => list('admins', options.admins ?? sampleAdmins, signal),
    ticketTypes: (signal) => list('ticketTypes', options.ticketTypes ?? sampleTicketTypes, signal),
    ticketStates: (signal) => list('ticketStates', options.ticketStates ?? sampleTicketStates, signal),
    teams: (signal) => list('teams', options.teams ?? sampleTeams, signal),
    tags: (signal) => list('tags', options.tags ?? sampleTags, signal),
    async execute(config, signal) {
      executed.push(config);
      await wait(delay, signal);
      return (options.execute ?? sampleOutputs)(config);
    },
  };
  const { dataAttributes } = options;
  if (dataAttributes) transport.dataAttributes = (signal) => list('dataAttributes', dataAttributes, signal);
  if (options.connect === false) {
    delete transport.startOAuth;
    delete transport.connectWithToken;
    delete transport.disconnect;
  }
  return transport;
}

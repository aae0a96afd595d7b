import type { AdminSummary, TicketTypeInfo } from '@workflow-blocks/block-core';
import type { ConnectionMonitor } from './connection-monitor.js';
import type { IntercomCaller } from './intercom-caller.js';
import type { ResolvedProxySettings } from './proxy-options.js';
import type { SecretRedactingLog } from './secret-redacting-log.js';
import type { TtlCache } from './ttl-cache.js';

/** What the routes share: one Intercom connection with its limiter, state and caches. */
export interface ProxyServices {
  /** Calls Intercom and lets the connection state learn from the answer. */
  call: IntercomCaller;
  connection: ConnectionMonitor;
  ticketTypes: TtlCache<TicketTypeInfo[]>;
  admins: TtlCache<AdminSummary[]>;
  settings: ResolvedProxySettings;
  log: SecretRedactingLog;
}

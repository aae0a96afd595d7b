import type { ConnectionMonitor } from './connection-monitor.js';
import type { IntercomCaller } from './intercom-caller.js';
import type { PickerListName } from './picker-lists.js';
import type { TtlCache } from './ttl-cache.js';

/** The proxy's one Intercom connection, as the routes use it. */
export interface ProxyServices {
  /** Calls Intercom and lets the connection state learn from the answer. */
  call: IntercomCaller;
  connection: ConnectionMonitor;
  /** The editor's picker lists, cached briefly. */
  pickers: Readonly<Record<PickerListName, TtlCache<unknown[]>>>;
}

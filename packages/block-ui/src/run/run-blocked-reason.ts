import { intercomFields, type ValidationIssue } from '@workflow-blocks/block-core';
import { isConnected, type ConnectionStatus } from '../connection/connection-context.js';
import { connectionPhase } from '../connection/connection-phase.js';

const LISTED_ISSUES = 3;

/** One problem in a few words, naming its field: "Contact ID is required", "Phone: Write the phone number in E.164 format". */
function briefIssue(issue: ValidationIssue): string {
  const clause = issue.message.split(/: |\. /)[0]!.replace(/\.$/, '');
  const label = (intercomFields as Record<string, { label: string } | undefined>)[issue.field]?.label;
  return label && !clause.includes(label) ? `${label}: ${clause}` : clause;
}

/** The problems in a sentence: what is missing or wrong, not only how many. */
function describeIssues(issues: readonly ValidationIssue[]): string {
  const listed = issues.slice(0, LISTED_ISSUES).map(briefIssue);
  const rest = issues.length - listed.length;
  const list = listed.join('; ') + (rest > 0 ? `; and ${rest} more` : '');
  return issues.length === 1 ? `Fix this before running: ${list}.` : `Fix these ${issues.length} problems before running: ${list}.`;
}

/**
 * Why Run is unavailable, in words, or undefined when it can run.
 * @param checking validation has not reported yet, so the issues are not known
 */
export function runBlockedReason(
  status: ConnectionStatus,
  hasTransport: boolean,
  issues: readonly ValidationIssue[],
  checking = false,
): string | undefined {
  if (!hasTransport || status.kind === 'none') return 'Run needs a connection to Intercom, and none is configured.';
  if (status.kind === 'checking') return 'Checking the Intercom connection…';
  if (status.kind === 'failed') return `Run is unavailable: ${status.reason}`;
  if (!isConnected(status)) {
    return status.kind === 'known' && connectionPhase(status.state) === 'not_connected'
      ? 'Run is unavailable because Intercom is not connected. Connect it above.'
      : 'Run is unavailable because Intercom needs to be reconnected. Reconnect it above.';
  }
  if (checking) return 'Checking the block for problems…';
  if (issues.length > 0) return describeIssues(issues);
  return undefined;
}

/**
 * Copies of the adapter's records, so that callers can never change the adapter's state by editing
 * what it returned, and the customer-facing shape that leaves every internal field out.
 */
import type { CustomerSync, PushItem, Sync, SyncConfig, SyncMessage } from '../../core/model';
import { matchCustomerFixablePattern } from '../../core/troubleshooting-customer-patterns';

function copyMessage(message: SyncMessage): SyncMessage {
  const copy: SyncMessage = { severity: message.severity, text: message.text };
  if (message.recordId !== undefined) copy.recordId = message.recordId;
  return copy;
}

/** A deep copy of a sync. */
export function copySync(sync: Sync): Sync {
  const copy: Sync = { ...sync, messages: sync.messages.map(copyMessage) };
  if (sync.dataRange) copy.dataRange = { ...sync.dataRange };
  if (sync.itemCounts) copy.itemCounts = { ...sync.itemCounts };
  return copy;
}

/** A deep copy of a push item (its pushed record and the platform's answer included). */
export function copyPushItem(item: PushItem): PushItem {
  const copy: PushItem = {
    ...item,
    validationErrors: item.validationErrors.map((message) => ({ ...message })),
    validationWarnings: item.validationWarnings.map((message) => ({ ...message })),
  };
  if (item.pushedRecord !== undefined) copy.pushedRecord = structuredClone(item.pushedRecord);
  if (item.platformResponse !== undefined) copy.platformResponse = structuredClone(item.platformResponse);
  return copy;
}

/** A deep copy of a sync configuration. */
export function copySyncConfig(config: SyncConfig): SyncConfig {
  return { ...config, configuration: structuredClone(config.configuration) };
}

/**
 * Whether the customer may see a message: only when the troubleshooting catalogue says the customer
 * can fix it (an unknown message, or one for support staff or engineers, stays on the server side).
 * The customer-fixable patterns come first in the catalogue, so matching them alone decides it.
 */
export function isCustomerActionable(message: SyncMessage): boolean {
  return matchCustomerFixablePattern(message.text) !== undefined;
}

/**
 * The customer's view of a sync: ID, status code, times, data range and the messages the customer
 * can act on (see {@link isCustomerActionable}). Never the company, platforms, status text, internal
 * message, configuration or a message meant for support staff.
 */
export function toCustomerSync(sync: Sync): CustomerSync {
  const customerSync: CustomerSync = {
    id: sync.id,
    statusCode: sync.statusCode,
    startedAt: sync.startedAt,
    messages: sync.messages.filter(isCustomerActionable).map(copyMessage),
  };
  if (sync.endedAt !== undefined) customerSync.endedAt = sync.endedAt;
  if (sync.dataRange) {
    const dataRange: CustomerSync['dataRange'] = {};
    if (sync.dataRange.from !== undefined) dataRange.from = sync.dataRange.from;
    if (sync.dataRange.to !== undefined) dataRange.to = sync.dataRange.to;
    customerSync.dataRange = dataRange;
  }
  return customerSync;
}

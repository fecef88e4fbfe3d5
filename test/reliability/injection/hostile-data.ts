/**
 * Adapter data with one hostile string in every string field: a sync (IDs, company, status text,
 * platforms, messages and their record IDs, internal exception text), its push item (IDs, data type,
 * error, validation messages and validators) and its configuration (keys and values, nested).
 */
import type { InMemoryDataset } from '../../../src/adapters/in-memory';
import type { CustomerSync, JsonValue, PushItem, Sync, SyncConfig } from '../../../src/core/model';

/** "Now" of the hostile data. */
export const HOSTILE_NOW = Date.parse('2026-11-22T12:00:00.000Z');

/** The string fields of a sync that carry the payload. */
export const SYNC_FIELDS = [
  'id', 'companyId', 'companyName', 'statusText', 'sourcePlatform', 'targetPlatform',
  'messages[error].text', 'messages[error].recordId', 'messages[warning].text', 'messages[note].text', 'internalMessage',
] as const;

/** The string fields of a push item that carry the payload. */
export const PUSH_ITEM_FIELDS = [
  'id', 'coreId', 'dataType', 'errorMessage',
  'validationErrors.message', 'validationErrors.validatorName', 'validationWarnings.message', 'validationWarnings.validatorName',
] as const;

/** The string fields of a configuration that carry the payload. */
export const CONFIG_FIELDS = ['syncId', 'companyId', 'key', 'value', 'nested key', 'nested value', 'array element'] as const;

/** A failed Sync for Expenses sync (so retry and guidance show) with `payload` in every string field. */
export function hostileSync(payload: string): Sync {
  return {
    id: payload,
    companyId: payload,
    companyName: payload,
    product: 'expenses',
    statusCode: 5130,
    statusText: payload,
    startedAt: '2026-11-22T09:00:00.000Z',
    endedAt: '2026-11-22T09:05:00.000Z',
    sourcePlatform: payload,
    targetPlatform: payload,
    dataRange: { from: '2026-11-21T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' },
    dataPushed: true,
    messages: [
      { severity: 'error', text: payload, recordId: payload },
      { severity: 'warning', text: payload },
      { severity: 'note', text: payload },
    ],
    internalMessage: payload,
    itemCounts: { pending: 0, success: 0, failed: 1, timedOut: 0, validationError: 0 },
  };
}

/** A failed push item with `payload` in every string field. */
export function hostilePushItem(payload: string): PushItem {
  return {
    id: payload,
    coreId: payload,
    dataType: payload,
    status: 'failed',
    requestedAt: '2026-11-22T09:01:00.000Z',
    completedAt: '2026-11-22T09:02:00.000Z',
    errorMessage: payload,
    validationErrors: [{ message: payload, validatorName: payload }],
    validationWarnings: [{ message: payload, validatorName: payload }],
    attempts: 2,
  };
}

/** A configuration document with `payload` as keys and values at every depth (own keys, even `__proto__`). */
export function hostileConfiguration(payload: string): { [key: string]: JsonValue } {
  // Parsed from JSON text, so every key is an own property, as in a configuration from the network.
  const text = JSON.stringify(payload);
  return JSON.parse(`{${text}:${text},"nested":{${text}:{${text}:[${text},1,null]}}}`) as { [key: string]: JsonValue };
}

/** The configuration of {@link hostileSync}. */
export function hostileConfig(payload: string): SyncConfig {
  return { syncId: payload, companyId: payload, isSnapshot: true, configuration: hostileConfiguration(payload) };
}

/** An in-memory data set holding the hostile sync, its push item and its configuration. */
export function hostileDataset(payload: string): InMemoryDataset {
  return {
    syncs: [hostileSync(payload)],
    pushItems: { [payload]: [hostilePushItem(payload)] },
    configs: { [payload]: hostileConfig(payload) },
    now: new Date(HOSTILE_NOW).toISOString(),
  };
}

/** The string fields of a customer sync that carry the payload. */
export const CUSTOMER_SYNC_FIELDS = ['id', 'messages[error].text', 'messages[warning].text', 'messages[].recordId'] as const;

/** A failed customer sync with `payload` in every string field. */
export function hostileCustomerSync(payload: string): CustomerSync {
  return {
    id: payload,
    statusCode: 5130,
    startedAt: '2026-11-22T09:00:00.000Z',
    endedAt: '2026-11-22T09:05:00.000Z',
    dataRange: { from: '2026-11-21T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' },
    messages: [
      { severity: 'error', text: payload, recordId: payload },
      { severity: 'warning', text: `Also: ${payload}` },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { describeDataType, toAdapterSearch } from '../../../src/components/push-items-panel/data-type-words';
import { defaultPushItemsPanelMessages } from '../../../src/components/push-items-panel/messages';

const labels = defaultPushItemsPanelMessages.dataTypes;

describe('data type words', () => {
  it('uses the label from the messages, or splits an unknown name into words', () => {
    expect(describeDataType('creditNotes', labels)).toBe('Credit notes');
    expect(describeDataType('purchaseOrders', labels)).toBe('Purchase orders');
    expect(describeDataType('bank_feed-lines', labels)).toBe('Bank feed lines');
    expect(describeDataType('', labels)).toBe('');
    expect(describeDataType('constructor', labels)).toBe('Constructor');
  });

  it('sends words typed as shown as the backend name, and anything else as typed', () => {
    expect(toAdapterSearch('  Credit notes ', labels)).toBe('creditnotes');
    expect(toAdapterSearch('bank feed', labels)).toBe('bankfeed');
    expect(toAdapterSearch('credit', labels)).toBe('credit');
    expect(toAdapterSearch('order 1234', labels)).toBe('order 1234');
    expect(toAdapterSearch(' txn_001 ', labels)).toBe('txn_001');
  });
});

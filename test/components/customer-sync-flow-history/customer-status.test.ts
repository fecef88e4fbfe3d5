import { describe, expect, it } from 'vitest';
import { describeCustomerSync } from '../../../src/components/customer-sync-flow-history';
import type { SyncMessage } from '../../../src/core/model';

const error = (text: string): SyncMessage => ({ severity: 'error', text });

describe('describeCustomerSync', () => {
  it.each([
    [2000, 'synced', 'success'],
    [2040, 'syncedNothingNew', 'success'],
    [1000, 'inProgress', 'info'],
    [1010, 'inProgress', 'info'],
    [4000, 'needsAttention', 'warning'],
    [4040, 'needsAttention', 'warning'],
    [4220, 'needsAttention', 'warning'],
    [4260, 'needsAttention', 'warning'],
    [5000, 'failedOnIt', 'danger'],
    [5080, 'failedOnIt', 'danger'],
    [5120, 'failedOnIt', 'danger'],
    [5130, 'failedOnIt', 'danger'],
    [4200, 'unknown', 'neutral'],
    [Number.NaN, 'unknown', 'neutral'],
  ])('puts status %d without messages in customer words: %s', (statusCode, status, tone) => {
    expect(describeCustomerSync({ statusCode, messages: [] })).toMatchObject({ status, tone });
  });

  it('asks the customer to reconnect after a connection failure, and to renew an expired subscription, each with its action', () => {
    expect(describeCustomerSync({ statusCode: 4220, messages: [] })).toMatchObject({ guidance: 'reconnect', actions: ['reconnect', 'getHelp'] });
    expect(describeCustomerSync({ statusCode: 4260, messages: [] })).toMatchObject({
      guidance: 'renewSubscription',
      actions: ['renewSubscription', 'getHelp'],
    });
  });

  it('passes on every message the adapter sent, once each, in its order, without blank ones', () => {
    const view = describeCustomerSync({
      statusCode: 4000,
      messages: [
        error('No sales customer has been configured.'),
        error('No sales customer has been configured.'),
        { severity: 'warning', text: '   ' },
        error('Tax Rate TAX014 does not exist.'),
      ],
    });
    expect(view).toMatchObject({ status: 'needsAttention', guidance: 'fixSettings', actions: ['fixSettings', 'getHelp'] });
    expect(view.messages).toEqual(['No sales customer has been configured.', 'Tax Rate TAX014 does not exist.']);
  });

  it('needs the customer’s attention for any failure that carries a message, without looking the message up', () => {
    // The adapter decides which messages a customer may act on; the component trusts it.
    const server = describeCustomerSync({ statusCode: 5130, messages: [error('Supplier S-19 is archived in Xero.')] });
    expect(server).toMatchObject({ status: 'needsAttention', guidance: 'fixSettings', messages: ['Supplier S-19 is archived in Xero.'] });
    expect(describeCustomerSync({ statusCode: 4200, messages: [error('Reconnect your bank feed.')] })).toMatchObject({ status: 'needsAttention' });
    // A connection failure keeps its own explanation and action, with the messages too.
    expect(describeCustomerSync({ statusCode: 4220, messages: [error('Xero access was revoked.')] })).toMatchObject({
      guidance: 'reconnect',
      messages: ['Xero access was revoked.'],
    });
  });

  it('says "we’re on it" for a server failure without messages, and offers only help there and for unknown codes', () => {
    expect(describeCustomerSync({ statusCode: 5080, messages: [] })).toMatchObject({ status: 'failedOnIt', guidance: 'onIt', actions: ['getHelp'], messages: [] });
    expect(describeCustomerSync({ statusCode: 5000, messages: [{ severity: 'note', text: '' }] })).toMatchObject({ status: 'failedOnIt' });
    expect(describeCustomerSync({ statusCode: 4200, messages: [] })).toMatchObject({ guidance: 'unknown', actions: ['getHelp'] });
  });

  it('offers nothing for syncs that worked or are running, whatever they carry', () => {
    expect(describeCustomerSync({ statusCode: 2000, messages: [error('Supplier does not exist.')] })).toEqual({
      status: 'synced',
      tone: 'success',
      messages: [],
      actions: [],
    });
    expect(describeCustomerSync({ statusCode: 1010, messages: [error('Supplier does not exist.')] })).toMatchObject({ messages: [], actions: [] });
  });

  it('shows a failure a later success resolved as resolved, with nothing to fix, and leaves other syncs alone', () => {
    const failure = { statusCode: 4000, messages: [error('No Sales Account Present.')] };
    expect(describeCustomerSync(failure, true)).toEqual({ status: 'resolved', tone: 'neutral', messages: [], actions: [] });
    expect(describeCustomerSync({ statusCode: 2000, messages: [] }, true)).toEqual(describeCustomerSync({ statusCode: 2000, messages: [] }));
    expect(describeCustomerSync({ statusCode: 1000, messages: [] }, true)).toMatchObject({ status: 'inProgress' });
  });
});

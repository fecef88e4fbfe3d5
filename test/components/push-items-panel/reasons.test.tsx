import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makePushItem } from '../../support/fixtures';
import { panelAdapter, renderPanel } from './support';

/** The row (list item) of a core ID, once it is shown. */
async function rowOf(coreId: string): Promise<HTMLElement> {
  return (await screen.findByText(coreId)).closest('li') as HTMLElement;
}

const reasonOf = (row: HTMLElement) => row.querySelector('.sh-push-items-panel__reason');

/** A credit note that failed validation: two validation errors (the second one known to the catalogue) and a warning. */
const invalidItem = makePushItem({
  id: 'v',
  coreId: 'cn_v',
  status: 'validationError',
  errorMessage: 'The record failed validation.',
  validationErrors: [{ message: 'Amount must be positive', validatorName: 'AmountValidator' }, { message: 'Supplier does not exist.' }],
  validationWarnings: [{ message: 'Tracking category "Department" was not found.' }],
});

describe('PushItemsPanel: why an item failed, without a click', () => {
  it('shows a failed item’s first validation error in its row, else its error message; nothing for items that did not fail', async () => {
    const { adapter } = panelAdapter({
      items: [
        invalidItem,
        makePushItem({ id: 'f', coreId: 'txn_f', status: 'failed', errorMessage: 'Account 4000 is archived' }),
        makePushItem({ id: 't', coreId: 'txn_t', status: 'timedOut', errorMessage: 'The push to Xero timed out after 300 seconds.' }),
        makePushItem({ id: 's', coreId: 'txn_s', status: 'success', errorMessage: undefined, validationWarnings: [{ message: 'Rounded to 2 places' }] }),
        makePushItem({ id: 'n', coreId: 'txn_n', status: 'failed', errorMessage: undefined }),
      ],
    });
    renderPanel(adapter);
    const invalid = await rowOf('cn_v');
    expect(reasonOf(invalid)).toHaveTextContent('Why it failed: Amount must be positive');
    expect(reasonOf(invalid)).not.toHaveTextContent('Supplier does not exist');
    expect(reasonOf(invalid)).not.toHaveTextContent('Who can fix it');
    expect(reasonOf(invalid)).not.toHaveTextContent('The record failed validation.');
    expect(reasonOf(await rowOf('txn_f'))).toHaveTextContent('Account 4000 is archived');
    expect(reasonOf(await rowOf('txn_t'))).toHaveTextContent('timed out after 300 seconds');
    expect(reasonOf(await rowOf('txn_s'))).toBeNull();
    expect(reasonOf(await rowOf('txn_n'))).toBeNull();
  });

  it('says who can fix a reason the troubleshooting catalogue knows, and nothing for one it does not', async () => {
    const { adapter } = panelAdapter({
      items: [
        makePushItem({ id: 'a', coreId: 'txn_a', errorMessage: 'Supplier does not exist.' }),
        makePushItem({ id: 'b', coreId: 'txn_b', status: 'validationError', validationErrors: [{ message: 'Customer 8a1f does not exist.' }] }),
        makePushItem({ id: 'c', coreId: 'txn_c', errorMessage: 'Something nobody has seen before' }),
      ],
    });
    renderPanel(adapter);
    expect(reasonOf(await rowOf('txn_a'))).toHaveTextContent('Supplier does not exist.Who can fix it: The customer');
    expect(reasonOf(await rowOf('txn_b'))).toHaveTextContent('Who can fix it: The customer');
    const unknown = reasonOf(await rowOf('txn_c')) as HTMLElement;
    expect(unknown).toHaveTextContent('Something nobody has seen before');
    expect(unknown).not.toHaveTextContent('Who can fix it');
  });

  it('uses the host’s words for who can fix it', async () => {
    const { adapter } = panelAdapter({ items: [makePushItem({ id: 'a', coreId: 'txn_a', errorMessage: 'Supplier does not exist.' })] });
    renderPanel(adapter, {}, { messages: { pushItemsPanel: { whoCanFix: 'Qui peut corriger', fixers: { customer: 'Le client' } } } });
    expect(reasonOf(await rowOf('txn_a'))).toHaveTextContent('Qui peut corriger: Le client');
  });

  it('keeps a long reason whole for the details and the tooltip, while the row clamps it', async () => {
    const user = userEvent.setup();
    const long = `The accounting software refused the record: ${'the tax code on line 3 is not valid for this account; '.repeat(12)}`.trim();
    const { adapter } = panelAdapter({ items: [makePushItem({ id: 'l', coreId: 'txn_l', errorMessage: long })] });
    renderPanel(adapter);
    const row = await rowOf('txn_l');
    const text = row.querySelector('.sh-push-items-panel__reason-text') as HTMLElement;
    expect(text).toHaveAttribute('title', long);
    expect(text).toHaveTextContent(long);
    await user.click(within(row).getByRole('button', { name: 'Details of txn_l' }));
    expect(row.querySelector('.sh-push-items-panel__details')).toHaveTextContent(long);
  });

  it('shows every validation error and warning on expand', async () => {
    const user = userEvent.setup();
    const { adapter } = panelAdapter({ items: [invalidItem] });
    renderPanel(adapter);
    const row = await rowOf('cn_v');
    await user.click(within(row).getByRole('button', { name: 'Details of cn_v' }));
    const details = row.querySelector('.sh-push-items-panel__details') as HTMLElement;
    const errors = within(details).getAllByRole('listitem').map((item) => item.textContent);
    expect(errors).toEqual([
      'Amount must be positive (AmountValidator)',
      'Supplier does not exist.',
      'Tracking category "Department" was not found.',
    ]);
    expect(details).toHaveTextContent('The record failed validation.');
  });
});

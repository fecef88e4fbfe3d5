/**
 * The contract for one sync: the sync itself, its configuration, its push items (search, status
 * filter, paging), retrying failed items, the customer's own history, and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { retryAvailable } from '../../../src/adapters/contract';
import { FAILED_PUSH_ITEM_STATUSES, type PushItem } from '../../../src/core/model';
import type { PushItemQuery } from '../../../src/core/query';
import { type ContractSubjectFactory, useSubject } from './adapter-contract';
import { AWKWARD_SYNC_ID, SYNC_WITH_ITEMS, contractConfig, contractPushItems, contractSyncs, smallContractDataset } from './contract-dataset';

const ctx = () => ({ signal: new AbortController().signal });
const isFailed = (item: PushItem) => FAILED_PUSH_ITEM_STATUSES.includes(item.status);

export function describeDetailContract(factory: ContractSubjectFactory): void {
  describe('one sync, its configuration and its push items', () => {
    const subject = useSubject(factory, smallContractDataset);
    const items = async (query: Partial<PushItemQuery>) =>
      subject.adapter().listPushItems(SYNC_WITH_ITEMS, { page: { index: 0, size: 50 }, ...query }, ctx());

    it('gets a sync by ID, even one whose ID needs encoding, and reports an unknown one as not found', async () => {
      expect(await subject.adapter().getSync(SYNC_WITH_ITEMS, ctx())).toEqual(contractSyncs[1]);
      expect((await subject.adapter().getSync(AWKWARD_SYNC_ID, ctx())).id).toBe(AWKWARD_SYNC_ID);
      await expect(subject.adapter().getSync('no-such-sync', ctx())).rejects.toMatchObject({ kind: 'notFound' });
      await expect(subject.adapter().getSync('../config', ctx())).rejects.toMatchObject({ kind: 'notFound' });
    });

    it('gets a sync configuration, and reports one that does not exist as not found', async () => {
      expect(await subject.adapter().getSyncConfig(SYNC_WITH_ITEMS, ctx())).toEqual(contractConfig);
      await expect(subject.adapter().getSyncConfig('no-such-sync', ctx())).rejects.toMatchObject({ kind: 'notFound' });
    });

    it('lists push items in the order they were requested, page by page', async () => {
      const all = await items({});
      expect(all.items).toEqual(contractPushItems);
      expect(all).toMatchObject({ totalCount: 12, hasNextPage: false });
      const second = await items({ page: { index: 1, size: 5 } });
      expect(second.items.map((item) => item.coreId)).toEqual(contractPushItems.slice(5, 10).map((item) => item.coreId));
      expect(second).toMatchObject({ pageIndex: 1, pageSize: 5, totalCount: 12, hasNextPage: true });
      expect((await items({ page: { index: 3, size: 5 } })).items).toEqual([]);
    });

    it('searches push items by core ID or data type (ignoring case) and filters by status', async () => {
      const coreIds = async (query: Partial<PushItemQuery>) => (await items(query)).items.map((item) => item.coreId);
      expect(await coreIds({ search: 'bill-200' })).toEqual(['BILL-2001', 'BILL-2002', 'BILL-2003']);
      expect(await coreIds({ search: ' TRANSFERS ' })).toEqual(['TRF-3001']);
      expect(await coreIds({ statuses: ['failed', 'timedOut'] })).toEqual(['EXP-1002', 'EXP-1004', 'EXP-1006']);
      expect(await coreIds({ search: 'exp', statuses: ['failed'] })).toEqual(['EXP-1002', 'EXP-1006']);
      expect(await items({ search: 'exp', page: { index: 0, size: 2 } })).toMatchObject({ totalCount: 8, hasNextPage: true });
      expect(await coreIds({ search: 'nothing like it' })).toEqual([]);
      await expect(subject.adapter().listPushItems('no-such-sync', { page: { index: 0, size: 5 } }, ctx())).rejects.toMatchObject({ kind: 'notFound' });
    });

    it('rejects with kind aborted when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(subject.adapter().listSyncs({ page: { index: 0, size: 5 } }, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
      await expect(subject.adapter().getSync(SYNC_WITH_ITEMS, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
    });
  });

  describe('retrying failed push items', () => {
    const subject = useSubject(factory, smallContractDataset);
    const failedItems = async () => (await subject.adapter().listPushItems(SYNC_WITH_ITEMS, { page: { index: 0, size: 50 } }, ctx())).items.filter(isFailed);

    it('offers retry for Sync for Expenses syncs only', () => {
      expect(retryAvailable(subject.adapter(), contractSyncs[1]!)).toBe(true);
      expect(retryAvailable(subject.adapter(), contractSyncs[0]!)).toBe(false);
    });

    it('retries only the listed items that have failed, ignoring the others', async () => {
      const [firstFailed] = await failedItems();
      const outcome = await subject.adapter().retryPushItems!(SYNC_WITH_ITEMS, { itemIds: [firstFailed!.id, 'item-01', 'no-such-item'] }, ctx());
      expect(outcome.retried).toBe(1);
      expect(outcome.succeeded + outcome.failed + outcome.pending).toBe(1);
      const after = (await subject.adapter().listPushItems(SYNC_WITH_ITEMS, { page: { index: 0, size: 50 } }, ctx())).items;
      expect(after.find((item) => item.id === 'item-01')).toEqual(contractPushItems[0]);
      expect(after.find((item) => item.id === firstFailed!.id)?.attempts).toBe(2);
    });

    it('retries every failed item with allFailed, and the sync and its items show the result', async () => {
      const before = await failedItems();
      const outcome = await subject.adapter().retryPushItems!(SYNC_WITH_ITEMS, { itemIds: 'allFailed' }, ctx());
      expect(outcome.retried).toBe(before.length);
      expect(outcome.succeeded + outcome.failed + outcome.pending).toBe(before.length);
      expect(await failedItems()).toHaveLength(before.length - outcome.succeeded);
      const sync = await subject.adapter().getSync(SYNC_WITH_ITEMS, ctx());
      const counts = sync.itemCounts!;
      expect(counts.failed + counts.validationError + counts.timedOut).toBe(before.length - outcome.succeeded);
    });

    it('reports retrying an unknown sync as not found', async () => {
      await expect(subject.adapter().retryPushItems!('no-such-sync', { itemIds: 'allFailed' }, ctx())).rejects.toMatchObject({ kind: 'notFound' });
    });
  });

  describe("a customer's own sync history", () => {
    const subject = useSubject(factory, smallContractDataset);

    it("lists only that company's syncs, newest first, with customer-safe fields only", async () => {
      const page = await subject.customerFor('Company-B').listSyncs({ page: { index: 0, size: 10 } }, ctx());
      expect(page.items.map((item) => item.id)).toEqual(['sync-006', SYNC_WITH_ITEMS]);
      expect(page.totalCount).toBe(2);
      const detailed = page.items[1]!;
      expect(Object.keys(detailed).sort()).toEqual(['dataRange', 'endedAt', 'id', 'messages', 'startedAt', 'statusCode']);
      // Its messages are for support (a write failure the catalogue does not know, a note for the
      // team): the adapter decides what a customer may see, and passes none of them.
      expect(contractSyncs[1]!.messages).toHaveLength(2);
      expect(detailed.messages).toEqual([]);
    });

    it('passes on the messages the customer can act on, as the backend wrote them', async () => {
      const page = await subject.customerFor('company-a').listSyncs({ page: { index: 0, size: 10 } }, ctx());
      const configFailure = page.items.find((item) => item.id === 'sync-003');
      expect(configFailure?.messages).toEqual([{ severity: 'error', text: 'No sales customer has been configured.' }]);
    });

    it('filters by date range and pages', async () => {
      const customer = subject.customerFor('Company-B');
      const ranged = await customer.listSyncs({ page: { index: 0, size: 10 }, range: { from: '2026-11-21T12:00:00.000Z' } }, ctx());
      expect(ranged.items.map((item) => item.id)).toEqual(['sync-006']);
      const second = await customer.listSyncs({ page: { index: 1, size: 1 } }, ctx());
      expect(second).toMatchObject({ pageIndex: 1, totalCount: 2, hasNextPage: false });
      expect(second.items.map((item) => item.id)).toEqual([SYNC_WITH_ITEMS]);
    });

    it('gives a company with no syncs an empty page', async () => {
      const page = await subject.customerFor('company-with-nothing').listSyncs({ page: { index: 0, size: 10 } }, ctx());
      expect(page).toMatchObject({ items: [], totalCount: 0, hasNextPage: false });
    });
  });
}

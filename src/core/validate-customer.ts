/**
 * Runtime validation of the customer history adapter's answers. Apart from `validate.ts` so that
 * the customer entry does not ship the checks of every support-facing answer. Only the fields a
 * customer may see survive: anything else a backend sends (internal messages, configuration, other
 * companies' IDs) is dropped here.
 */
import type { CustomerSync, Page } from './model';
import { array, type Check, isoDateTime, number, object, optional, refine } from './schema';
import { dateRange, endsAfterStart, id, MAX_SYNC_MESSAGES, pageOf, syncMessage } from './validate-shared';

const customerSyncCheck = refine(
  object({
    id,
    statusCode: number({ integer: true }),
    startedAt: isoDateTime,
    endedAt: optional(isoDateTime),
    dataRange: optional(dateRange),
    // No messages (or `null`) is an empty list.
    messages: optional(array(syncMessage, { max: MAX_SYNC_MESSAGES }), []),
  }),
  'endedAt',
  endsAfterStart,
);

const customerSyncPageCheck: Check<Page<CustomerSync>> = pageOf(customerSyncCheck);

/** Validates a page of a customer's syncs. */
export const parseCustomerSyncPage = (value: unknown): Page<CustomerSync> => customerSyncPageCheck(value, '');

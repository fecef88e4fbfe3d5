'use client';
import { useContext, useMemo } from 'react';
import { type BasicFormatters, createBasicFormatters } from '../../core/format-basic';
import { SyncHealthContext } from '../../data/context';
import { type CustomerSyncFlowHistoryMessages, type CustomerSyncFlowHistoryMessagesOverride, mergeCustomerMessages } from './messages';

/** What decides how the history reads: the props, else the enclosing provider, else the browser. */
export interface CustomerHistoryTextOptions {
  /** BCP 47 locale; overrides the provider's. */
  locale?: string;
  /** IANA time zone; overrides the provider's. */
  timeZone?: string;
  /** Text overrides, layered over the provider's `customerSyncFlowHistory` messages. */
  messages?: CustomerSyncFlowHistoryMessagesOverride;
}

/**
 * The formatters and messages of the customer history. Reads `SyncHealthProvider` when there is one
 * (without requiring it: the component is often embedded on its own), and lets props win over it.
 */
export function useCustomerHistoryText({ locale, timeZone, messages }: CustomerHistoryTextOptions): {
  formatters: BasicFormatters;
  messages: CustomerSyncFlowHistoryMessages;
} {
  const provider = useContext(SyncHealthContext);
  // The provider's locale and time zone are already resolved, so formatters made from them read the same as its own.
  const resolvedLocale = locale ?? provider?.formatters.locale;
  const resolvedTimeZone = timeZone ?? provider?.formatters.timeZone;
  const providerMessages = provider?.messages.customerSyncFlowHistory;
  const formatters = useMemo(
    () => createBasicFormatters({ locale: resolvedLocale, timeZone: resolvedTimeZone }),
    [resolvedLocale, resolvedTimeZone],
  );
  const merged = useMemo(() => mergeCustomerMessages(providerMessages, messages), [providerMessages, messages]);
  return { formatters, messages: merged };
}

'use client';
/**
 * How a component reads its words: its own defaults (which live with it) and the shared ones, with
 * the host's overrides from the provider laid over each. Merged once per overrides object and part,
 * however many rows and cells ask, so a table of 50 rows does not merge 500 times.
 */
import { useContext } from 'react';
import { SyncHealthContext } from '../../data/context';
import { type MessageOverrides, NO_MESSAGE_OVERRIDES } from '../../data/message-overrides';
import { overlayMessages } from './overlay-messages';
import { defaultSharedMessages, type SharedMessages } from './shared-messages';

const merged = new WeakMap<MessageOverrides, Map<string, unknown>>();

/** The shared words merged once per overrides object, and each part once per overrides object. */
function mergedPart<T extends object>(overrides: MessageOverrides, key: string, defaults: T, pick: () => unknown): T {
  let parts = merged.get(overrides);
  if (!parts) {
    parts = new Map();
    merged.set(overrides, parts);
  }
  const cached = parts.get(key) as T | undefined;
  if (cached) return cached;
  const part = overlayMessages(defaults, pick());
  parts.set(key, part);
  return part;
}

/** The provider's overrides, or none outside a provider. */
function useOverrides(): MessageOverrides {
  return useContext(SyncHealthContext)?.messageOverrides ?? NO_MESSAGE_OVERRIDES;
}

/** The words every support-facing component shares, with the host's overrides. */
export function useSharedMessages(): SharedMessages {
  const overrides = useOverrides();
  // The shared words sit at the top level of the overrides, beside the components' parts; a merge
  // that also copies those parts along costs nothing and reads nothing of them.
  return mergedPart(overrides, '', defaultSharedMessages, () => overrides);
}

/**
 * A component's own words under `key` (its defaults, overridden by the provider's `messages[key]`)
 * beside the shared words: `messages.common.retry`, `messages[key].title`.
 */
export function useComponentMessages<Key extends string, Part extends object>(key: Key, defaults: Part): SharedMessages & Record<Key, Part> {
  const overrides = useOverrides();
  const shared = useSharedMessages();
  const part = mergedPart(overrides, key, defaults, () => overrides[key]);
  return mergedPart(overrides, `${key}+shared`, shared, () => ({ [key]: part })) as SharedMessages & Record<Key, Part>;
}

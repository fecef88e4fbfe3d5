/**
 * A host's overrides of the components' words. The data layer only carries them from the provider
 * to the components: each component owns its words and their defaults, and merges its own part.
 */

/**
 * A host's overrides of user-visible text, as given to `SyncHealthProvider`'s `messages`: the words
 * shared by every component at the top level (`common`, `errors`, `categories` …) and each
 * component's own words under its key (`details`, `dashboard`, `syncHistoryTable`,
 * `customerSyncFlowHistory`, `pushItemsPanel`, `panelError`), any part at any depth. The full type
 * is `SyncHealthMessagesOverride`, exported from the package root.
 */
export type MessageOverrides = { readonly [part: string]: unknown };

/** No overrides. */
export const NO_MESSAGE_OVERRIDES: MessageOverrides = Object.freeze({});

/**
 * TanStack's `queryOptions` and `infiniteQueryOptions`, with their exact types but without importing
 * `@tanstack/react-query` at run time. At run time both are the identity; their value is in the types
 * (the key tagged with the data type, so `getQueryData(key)` is typed). Importing the package itself
 * would evaluate its React context modules, which fail in a React Server Component and under Node's
 * `react-server` condition, where the query options must load.
 */
import type { infiniteQueryOptions as InfiniteQueryOptionsFn, queryOptions as QueryOptionsFn } from '@tanstack/react-query';

/** TanStack's `queryOptions`: the identity, typed. */
export const queryOptions = ((options: unknown) => options) as typeof QueryOptionsFn;

/** TanStack's `infiniteQueryOptions`: the identity, typed. */
export const infiniteQueryOptions = ((options: unknown) => options) as typeof InfiniteQueryOptionsFn;

/// <reference types="node" />
/** Launch flags for a headless Chromium in a container without a GPU or network. */
export declare const chromiumArgs: string[];
/**
 * `CHROMIUM_PATH`, then Playwright's own installed Chromium, then `/usr/bin/chromium`; throws with
 * how to install one when none exists.
 */
export declare function resolveChromiumPath(env?: NodeJS.ProcessEnv): string;

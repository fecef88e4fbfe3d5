// Types of the custom browser-mode commands registered in vitest.config.ts (test/support/download-commands.ts).
import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Starts waiting for the page's next download. */
    armDownload: () => Promise<void>;
    /** The download made since `armDownload`: its suggested file name and its text. */
    takeDownload: () => Promise<{ fileName: string; text: string }>;
  }
}

/**
 * Finds the Chromium that Vitest browser mode (and the Storybook story tests) drive through
 * Playwright. Playwright cannot download its own browser on these machines, so the order is:
 * `CHROMIUM_PATH`, then a browser Playwright itself installed (if any), then Debian's
 * `/usr/bin/chromium`.
 *
 * Plain JavaScript so that `node scripts/chromium-path.mjs` (prints the path) works without a
 * TypeScript loader; types are in chromium-path.d.mts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const HOW_TO_GET_ONE = 'install Chromium: apt-get install -y chromium or set CHROMIUM_PATH';

/** Launch flags for a headless Chromium in a container without a GPU or network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightChromiumPath() {
  try {
    // Synchronous on purpose (Playwright is CommonJS): the Vitest config resolves lazily.
    const { chromium } = createRequire(import.meta.url)('playwright');
    // Where Playwright would have installed its own browser, whether or not it is there.
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @param {NodeJS.ProcessEnv} [env] */
export function resolveChromiumPath(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist: ${HOW_TO_GET_ONE}`);
    }
    return fromEnv;
  }
  const found =
    playwrightChromiumPath() ?? SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No Chromium found for the browser tests: ${HOW_TO_GET_ONE}`);
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(resolveChromiumPath());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

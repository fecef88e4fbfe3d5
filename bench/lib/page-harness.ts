/**
 * The in-page half of the browser benchmarks. A bench page (one file in bench/pages/) calls
 * `defineBenchPage` with a setup function that returns its scenarios; `bench/run.mjs` builds the page
 * for production, opens it in Chromium and calls `window.__bench.run(name, run)` for each run.
 *
 * A scenario's `run` does one user action and returns how long it took until the DOM showed the
 * result and the browser painted it, with a checksum of what was shown (so a run that shows the
 * wrong rows is caught, and figures from two machines can be compared).
 */

/** One measured thing a page can do. */
export interface BenchScenario {
  /** Shown in the results, e.g. "sort → repaint". */
  name: string;
  /** Median budget in ms (printed beside the median). */
  budgetMs?: number;
  /** Called once before the warm-up runs (not measured), e.g. to mount a fresh component. */
  setup?: () => Promise<void>;
  /** Called before each run (not measured), e.g. to drop cached answers. */
  prepare?: (run: number) => Promise<void>;
  /** Does the action of run `run` and reports its time and what was shown. */
  run: (run: number) => Promise<BenchResult>;
}

/** The outcome of one run. */
export interface BenchResult {
  /** From the action to the painted result, in ms. */
  ms: number;
  /** What was shown, e.g. the first and last row IDs. */
  checksum: string;
  /**
   * Other figures of the run, by name (e.g. `{ 'item rows in DOM': 24, 'frames > 50 ms': 0 }`): the
   * runner prints each one's median and maximum over the measured runs.
   */
  counts?: Record<string, number>;
}

/** What a page tells the runner about itself. */
export interface BenchPageInfo {
  /** One line describing the page's data, e.g. "100,000 syncs (seed 2026)". */
  description: string;
  /** The page's scenarios, in order. */
  scenarios: BenchScenario[];
  /** `false` when the page ignores `?syncs=`: the runner then runs it at the first scale only. Default `true`. */
  scaled?: boolean;
}

declare global {
  interface Window {
    __bench?: {
      ready: Promise<{ description: string; scaled: boolean; scenarios: { name: string; budgetMs?: number }[] }>;
      setup: (name: string) => Promise<void>;
      run: (name: string, run: number) => Promise<BenchResult>;
    };
  }
}

/** Registers a bench page. `setup` gets the page's URL parameters (e.g. `?syncs=100000`). */
export function defineBenchPage(setup: (params: URLSearchParams) => Promise<BenchPageInfo>): void {
  const info = setup(new URLSearchParams(window.location.search));
  const scenario = async (name: string) => {
    const found = (await info).scenarios.find((entry) => entry.name === name);
    if (!found) throw new Error(`No scenario named ${name}`);
    return found;
  };
  window.__bench = {
    ready: info.then(({ description, scenarios, scaled = true }) => ({
      description,
      scaled,
      scenarios: scenarios.map(({ name, budgetMs }) => ({ name, budgetMs })),
    })),
    setup: async (name) => (await scenario(name)).setup?.(),
    run: async (name, run) => {
      const found = await scenario(name);
      await found.prepare?.(run);
      return found.run(run);
    },
  };
}

/** Resolves after the browser has painted the current DOM (the frame after the next animation frame starts). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Resolves when `done()` holds, checking after every change to the DOM tree or to the attributes
 * named in `attributes`; rejects after `timeoutMs`. The observer records only what it must: one that
 * recorded every attribute and text change would slow down the very rendering being measured.
 */
export function waitForDom(done: () => boolean, { attributes = ['aria-busy'], timeoutMs = 10_000 }: { attributes?: string[]; timeoutMs?: number } = {}): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('The expected DOM did not appear in time'));
    }, timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, attributeFilter: attributes });
  });
}

/**
 * Times `action` until `done()` holds in the DOM and the result is painted. `checksum` is read
 * afterwards. `waitOptions` go to {@link waitForDom} (e.g. the attributes whose changes can settle it).
 */
export async function timeUntilPainted(
  action: () => void,
  done: () => boolean,
  checksum: () => string,
  waitOptions?: { attributes?: string[]; timeoutMs?: number },
): Promise<BenchResult> {
  const start = performance.now();
  action();
  await waitForDom(done, waitOptions);
  await nextPaint();
  return { ms: performance.now() - start, checksum: checksum() };
}

// Drives one built bench page in Chromium: for each scenario, a set-up, warm-up runs, then measured
// runs; returns the median, the 10th–90th percentile spread and the checksums per scenario.

/** A short hash of every run's checksum, in order: equal on two machines when they showed the same rows. */
function hashOf(texts) {
  let hash = 0x811c9dc5;
  for (const character of texts.join('|')) {
    hash ^= character.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * fraction)))];
}

/** The JS heap in use after a full garbage collection, in MB (through the DevTools protocol: no flags needed). */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1_048_576;
}

/**
 * Runs every scenario of the page at `url` (or those whose name includes `only`). Also returns how
 * long the page took to be ready (data set generated, adapters built), the JS heap after GC then and
 * after the last scenario, and the DOM element count after the last scenario.
 */
export async function runPage(browser, url, { warmUp, runs, only, log = () => {} }) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const cdp = await page.context().newCDPSession(page);
    const started = performance.now();
    // At 1,000,000 syncs the page generates its data set for a while before it has loaded.
    await page.goto(url, { timeout: 600_000 });
    await page.waitForFunction(() => window.__bench !== undefined);
    const info = await page.evaluate(() => window.__bench.ready);
    const readyMs = performance.now() - started;
    const readyHeapMB = await heapAfterGc(cdp);
    const results = [];
    let runIndex = 0;
    for (const scenario of info.scenarios) {
      if (only && !scenario.name.includes(only)) continue;
      log(`  ${scenario.name}…`);
      await page.evaluate((name) => window.__bench.setup(name), scenario.name);
      const times = [];
      const checksums = [];
      const counts = new Map();
      for (let run = 0; run < warmUp + runs; run += 1) {
        const result = await page.evaluate(([name, index]) => window.__bench.run(name, index), [scenario.name, runIndex]);
        runIndex += 1;
        if (run < warmUp) continue;
        times.push(result.ms);
        checksums.push(result.checksum);
        for (const [name, value] of Object.entries(result.counts ?? {})) counts.set(name, [...(counts.get(name) ?? []), value]);
      }
      times.sort((a, b) => a - b);
      results.push({
        scenario: scenario.name,
        median: percentile(times, 0.5),
        p10: percentile(times, 0.1),
        p90: percentile(times, 0.9),
        runs: times.length,
        budgetMs: scenario.budgetMs,
        checksum: `#${hashOf(checksums)} (last: ${checksums.at(-1)})`,
        counts: [...counts].map(([name, values]) => {
          const sorted = [...values].sort((a, b) => a - b);
          return { name, median: percentile(sorted, 0.5), max: sorted.at(-1) };
        }),
      });
    }
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    const memory = {
      readyMs,
      readyHeapMB,
      finalHeapMB: await heapAfterGc(cdp),
      domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
    };
    return { description: info.description, scaled: info.scaled, ...memory, results };
  } finally {
    await page.close();
  }
}

// @vitest-environment node
// Issue 15 point 10: Storybook's docs pages read well in both themes. Storybook is built for
// production, served on loopback and each docs page opened in Chromium with the theme toolbar on
// light, then dark; axe's colour-contrast rule runs over the whole page. A story whose `globals`
// say dark stays a dark block of its own on a light page (it used to turn the whole page dark,
// leaving the other stories dark text on dark).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/static-server.mjs';
import { chromiumArgs, resolveChromiumPath } from '../../scripts/chromium-path.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const THEMES = ['light', 'dark'] as const;

interface DocsEntry {
  id: string;
  title: string;
}

interface ContrastProblem {
  target: string;
  summary: string;
}

/** Waits until every story block on the docs page has rendered something, then lets data settle. */
async function waitForStories(page: Page): Promise<number> {
  await page.waitForSelector('.sbdocs-content', { timeout: 60_000 });
  const count = await page.locator('.docs-story').count();
  if (count > 0) {
    await page.waitForFunction(
      () => [...document.querySelectorAll('.docs-story')].every((story) => story.querySelector('.sh-story-root *')),
      undefined,
      { timeout: 60_000 },
    );
  }
  // In-memory adapters answer within a few hundred ms; slow-adapter stories show their loading state.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  return count;
}

async function contrastProblems(page: Page): Promise<ContrastProblem[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
    });
    return violations.flatMap((violation) => violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })));
  });
}

describe('Storybook docs pages in light and dark', () => {
  let outputDir: string;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  let docs: DocsEntry[] = [];
  let setupError: unknown;

  beforeAll(async () => {
    try {
      outputDir = await mkdtemp(path.join(os.tmpdir(), 'sh-storybook-docs-'));
      await promisify(execFile)('npx', ['storybook', 'build', '--quiet', '--output-dir', outputDir], {
        cwd: root,
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      const index = JSON.parse(await readFile(path.join(outputDir, 'index.json'), 'utf8')) as { entries: Record<string, DocsEntry & { type: string }> };
      docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
      server = await serve(outputDir);
      browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: chromiumArgs });
    } catch (error) {
      setupError = error;
    }
  }, 10 * 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outputDir) await rm(outputDir, { recursive: true, force: true });
  });

  const ready = () => {
    if (setupError !== undefined || !server || !browser) throw setupError ?? new Error('Storybook was not built');
    return { url: server.url, browser };
  };

  it('has docs pages for every component, and the dashboard page shows the two workflow stories', async () => {
    const { url, browser: chromiumBrowser } = ready();
    expect(docs.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['components-syncdashboard--docs', 'components-synchistorytable--docs', 'components-syncdetails--docs', 'components-pushitemspanel--docs', 'components-customersyncflowhistory--docs']),
    );
    const page = await chromiumBrowser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}/iframe.html?id=components-syncdashboard--docs&viewMode=docs`);
    await waitForStories(page);
    const headings = await page.locator('.sbdocs-content h3').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['With the mouse', 'By keyboard only']));
    await page.close();
  }, 120_000);

  for (const theme of THEMES) {
    it(`passes axe colour contrast on every docs page, theme ${theme}`, async () => {
      const { url, browser: chromiumBrowser } = ready();
      const problems: string[] = [];
      for (const entry of docs) {
        const page = await chromiumBrowser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(`${url}/iframe.html?id=${entry.id}&viewMode=docs&globals=theme:${theme}`);
        await waitForStories(page);
        for (const problem of await contrastProblems(page)) problems.push(`${entry.title}: ${problem.target}\n  ${problem.summary}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    }, 10 * 60_000);
  }

  it('keeps a dark story inside its own block: the rest of a light docs page stays light', async () => {
    const { url, browser: chromiumBrowser } = ready();
    const page = await chromiumBrowser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}/iframe.html?id=components-syncdashboard--docs&viewMode=docs&globals=theme:light`);
    await waitForStories(page);
    const themes = await page.evaluate(() => ({
      page: document.documentElement.getAttribute('data-theme'),
      pageBackground: getComputedStyle(document.body).backgroundColor,
      darkStoryBackground: getComputedStyle(document.querySelector('.docs-story .sh-story-root[data-theme="dark"]')!).backgroundColor,
      storyThemes: [...document.querySelectorAll('.docs-story .sh-story-root')].map((root) => root.getAttribute('data-theme')),
    }));
    // The Dark story is dark, every other story light, and the page itself is not dark.
    expect(themes.storyThemes).toContain('dark');
    expect(themes.storyThemes.filter((theme) => theme === 'light').length).toBeGreaterThan(3);
    expect(themes.page).not.toBe('dark');
    // Storybook's own white (a transparent body over the white canvas), not the dark token.
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(themes.pageBackground);
    expect(themes.darkStoryBackground).toBe('rgb(20, 23, 28)'); // --sh-color-bg in dark
    await page.close();
  }, 120_000);
});

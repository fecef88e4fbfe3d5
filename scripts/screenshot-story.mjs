#!/usr/bin/env node
// Screenshots a story in Chromium, in light or dark, so you can look at what you built.
// Usage: node scripts/screenshot-story.mjs <story-id> [light|dark] [out.png] [width]
// Env: HEIGHT (viewport height, default 800), FULL_PAGE=0 (viewport only), SETTLE_MS (wait before the shot).
// Needs Storybook running (npm start) or STORYBOOK_URL pointing at a served storybook-static.
import { chromium } from 'playwright';
import { chromiumArgs, resolveChromiumPath } from './chromium-path.mjs';

const [storyId, theme = 'light', out = `/tmp/${process.argv[2]}-${theme}.png`, width = '1100'] = process.argv.slice(2);
if (!storyId) {
  console.error('usage: node scripts/screenshot-story.mjs <story-id> [light|dark] [out.png] [width]');
  process.exit(2);
}
const base = process.env.STORYBOOK_URL ?? 'http://localhost:6006';
const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 800) }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
  await page.goto(`${base}/iframe.html?id=${storyId}&viewMode=story&globals=theme:${theme}`);
  await page.waitForSelector('#storybook-root *', { timeout: 15000 });
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 1200));
  await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE !== '0' });
  console.log(out);
} finally {
  await browser.close();
}

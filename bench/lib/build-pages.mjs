// Builds every bench page (bench/pages/*.tsx) for production with Vite, into a directory outside
// the repository, and writes one HTML file per page that loads its script and styles.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pagesDir = path.join(benchDir, 'pages');

/** The bench pages: every `.tsx` file in bench/pages, by name (file name without extension). */
export async function listPages() {
  const files = await readdir(pagesDir);
  return files.filter((file) => file.endsWith('.tsx')).map((file) => ({ name: file.slice(0, -4), entry: path.join(pagesDir, file) }));
}

function html(name, script, styles) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench: ${name}</title>
${styles.map((href) => `    <link rel="stylesheet" href="/${href}" />`).join('\n')}
    <script type="module" src="/${script}"></script>
  </head>
  <body style="margin: 16px; font-family: system-ui, sans-serif">
    <div id="root"></div>
  </body>
</html>
`;
}

/** Builds the given pages into `outDir` (emptied first) and returns them with their HTML file names. */
export async function buildPages(pages, outDir) {
  await build({
    configFile: false,
    root: path.dirname(benchDir),
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.name, page.entry])) },
    },
  });
  const manifest = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const built = [];
  for (const page of pages) {
    const key = path.relative(path.dirname(benchDir), page.entry).split(path.sep).join('/');
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite built no chunk for ${key}`);
    const styles = [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((imported) => manifest[imported]?.css ?? [])];
    await writeFile(path.join(outDir, `${page.name}.html`), html(page.name, chunk.file, styles));
    built.push({ ...page, html: `${page.name}.html` });
  }
  return built;
}

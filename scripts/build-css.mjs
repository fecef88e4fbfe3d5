/**
 * Builds dist/styles.css from src/styles/index.css: follows its relative `@import`s (recursively,
 * each file once), inlines them in order and wraps everything in `@layer sync-health { … }`, so
 * any unlayered host style wins over the library's without a specificity fight.
 *
 * No CSS tool on purpose: the sources are plain CSS and this is all the processing they need.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/styles/index.css');
const output = path.join(root, 'dist/styles.css');
const LAYER = 'sync-health';

// @import "x.css";  @import 'x.css';  @import url(x.css);  @import url("x.css");
const IMPORT = /@import\s+(?:url\(\s*)?(['"]?)([^'")\s]+)\1\s*\)?\s*([^;]*);/g;

/**
 * @param {string} file absolute path
 * @param {Set<string>} seen files already inlined (a file imported twice is inlined once)
 * @param {string[]} stack the import chain, to report cycles
 * @returns {Promise<string>}
 */
async function inline(file, seen, stack) {
  if (stack.includes(file)) {
    throw new Error(`CSS import cycle: ${[...stack, file].map((f) => path.relative(root, f)).join(' → ')}`);
  }
  if (seen.has(file)) return '';
  seen.add(file);
  let css;
  try {
    css = await readFile(file, 'utf8');
  } catch (error) {
    const from = stack.length ? ` (imported from ${path.relative(root, stack.at(-1))})` : '';
    throw new Error(`Cannot read ${path.relative(root, file)}${from}: ${error.message}`);
  }
  css = css.replace(/^\uFEFF/, '').replace(/@charset\s+[^;]+;\s*/g, '');
  // Comments may mention @import; blank them out of the search without touching the output.
  const searchable = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => ' '.repeat(comment.length));

  let result = '';
  let last = 0;
  for (const match of searchable.matchAll(IMPORT)) {
    const [statement, , target, conditions] = match;
    if (/^([a-z]+:)?\/\//i.test(target)) {
      throw new Error(`${path.relative(root, file)}: remote @import ${target} is not supported`);
    }
    if (conditions.trim()) {
      throw new Error(
        `${path.relative(root, file)}: "${statement}" has media/layer/supports conditions; ` +
          'put them inside the imported file instead',
      );
    }
    result += css.slice(last, match.index);
    const imported = path.resolve(path.dirname(file), target);
    const body = await inline(imported, seen, [...stack, file]);
    result += body ? `/* ${path.relative(path.join(root, 'src/styles'), imported)} */\n${body.trim()}\n` : '';
    last = match.index + statement.length;
  }
  return result + css.slice(last);
}

const body = (await inline(entry, new Set(), [])).trim();
const indented = body
  .split('\n')
  .map((line) => (line ? `  ${line}` : line))
  .join('\n');
await mkdir(path.dirname(output), { recursive: true });
await writeFile(output, `/* react-sync-health */\n@layer ${LAYER} {\n${indented}\n}\n`);
console.log(`CSS ${path.relative(root, output)} (${Buffer.byteLength(indented)} B) in @layer ${LAYER}`);

// @vitest-environment node
// The layers' walls are lint rules (eslint.config.js): these cases prove each wall bites on a wrong
// import and lets the right ones through, so a rule that silently stopped matching fails here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** The messages of the layer rule for `code` as if it were the file at `filePath`. */
async function wallMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

describe('the layer walls (lint)', () => {
  // ESLint loads its configuration and plugins on the first file it lints: seconds on a busy
  // machine. Done once here, with room for that, so each case below times only its own lint.
  beforeAll(() => wallMessages('src/core/warm-up.ts', 'export const warmUp = 1;\n'), 120_000);

  it.each([
    ['a component importing an adapter at run time', 'src/components/sync-dashboard/probe.ts', "import { createInMemoryAdapter } from '../../adapters/in-memory';\nexport const probe = createInMemoryAdapter;\n", 'Components reach data only through src/data'],
    ['the core importing React', 'src/core/probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n", 'This layer knows no React'],
    ['the core importing the data layer', 'src/core/probe.ts', "import { QUERY_KEY_ROOT } from '../data/query-keys';\nexport const probe = QUERY_KEY_ROOT;\n", 'The core imports nothing else of ours'],
    ['an adapter importing the data layer', 'src/adapters/http/probe.ts', "import { QUERY_KEY_ROOT } from '../../data/query-keys';\nexport const probe = QUERY_KEY_ROOT;\n", 'Adapters import only the core'],
    ['an adapter importing React Query', 'src/adapters/probe.ts', "import { useQuery } from '@tanstack/react-query';\nexport const probe = useQuery;\n", 'This layer knows no React'],
    ['the data layer importing a component’s words', 'src/data/probe.ts', "import { defaultSyncDetailsMessages } from '../components/sync-details/messages';\nexport const probe = defaultSyncDetailsMessages;\n", 'The data layer knows no component'],
    ['the server importing React', 'src/server/probe.ts', "import { createElement } from 'react';\nexport const probe = createElement;\n", 'This layer knows no React'],
  ])('fails on %s', async (_case, filePath, code, why) => {
    const messages = await wallMessages(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(why);
  });

  it.each([
    ['a component importing adapter types', 'src/components/sync-dashboard/probe.ts', "import type { SyncHealthAdapter } from '../../adapters/contract';\nexport type Probe = SyncHealthAdapter;\n"],
    ['a component importing the data layer, the core and ui', 'src/components/sync-dashboard/probe.ts', "import { useSyncs } from '../../data/use-syncs';\nimport { toCsv } from '../../core/csv';\nimport { ErrorState } from '../ui/error-state';\nexport const probe = [useSyncs, toCsv, ErrorState];\n"],
    ['the data layer importing adapters and the core', 'src/data/probe.ts', "import { withValidation } from '../adapters/validating-adapter';\nimport { toCsv } from '../core/csv';\nexport const probe = [withValidation, toCsv];\n"],
    ['an adapter importing the core and its own files', 'src/adapters/http/probe.ts', "import { toCsv } from '../../core/csv';\nimport { createHttpAdapter } from './http-adapter';\nexport const probe = [toCsv, createHttpAdapter];\n"],
  ])('lets through %s', async (_case, filePath, code) => {
    expect(await wallMessages(filePath, code)).toEqual([]);
  });
});

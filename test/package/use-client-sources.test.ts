// @vitest-environment node
// Reads the source files: no DOM needed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectModule } from '../support/client-modules';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

const modules = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => file.split(path.sep).join('/'))
  .sort()
  .map((file) => ({ file, ...inspectModule(file, readFileSync(path.join(srcDir, file), 'utf8')) }));

/** Layers that must load in a React Server Component, a route handler or plain Node. */
const SERVER_SAFE = [/^core\//, /^adapters\//, /^server\//, /^data\/queries\.ts$/, /^data\/query-keys\.ts$/];

describe("'use client' marks exactly the source modules that use React client APIs", () => {
  it('finds the source modules', () => {
    expect(modules.length).toBeGreaterThan(50);
  });

  it('puts the directive on every module that uses client APIs', () => {
    const missing = modules.filter((module) => module.clientReasons.length > 0 && !module.hasDirective);
    expect(missing.map(({ file, clientReasons }) => `${file}: ${clientReasons.join('; ')}`)).toEqual([]);
  });

  it('leaves it off every module that uses none (pure helpers, messages, barrels)', () => {
    const needless = modules.filter((module) => module.hasDirective && module.clientReasons.length === 0);
    expect(needless.map(({ file }) => file)).toEqual([]);
  });

  it('never marks a barrel: re-exporting client modules is fine in a Server Component', () => {
    expect(modules.filter((module) => module.onlyReExports && module.hasDirective).map(({ file }) => file)).toEqual([]);
  });

  it('keeps the core, the adapters and the query options free of client code', () => {
    const serverSafe = modules.filter(({ file }) => SERVER_SAFE.some((pattern) => pattern.test(file)));
    expect(serverSafe.map(({ file }) => file)).toContain('core/csv.ts');
    const offending = serverSafe.filter((module) => module.hasDirective || module.clientReasons.length > 0);
    expect(offending.map(({ file, clientReasons }) => `${file}: ${['directive', ...clientReasons].join('; ')}`)).toEqual([]);
  });
});

describe('the detection itself', () => {
  it.each([
    ["import { useState } from 'react';", 'imports useState'],
    ["import { createContext } from 'react';", 'imports createContext'],
    ["import { QueryClientProvider } from '@tanstack/react-query';", 'imports QueryClientProvider'],
    ["import { flushSync } from 'react-dom';", 'imports flushSync'],
    ["import * as Tabs from '@radix-ui/react-tabs';", 'imports *'],
    ["export function Row() { return useSyncHealth(); }", 'calls useSyncHealth()'],
    ['export const Button = () => <button onClick={() => {}} />;', 'JSX prop onClick'],
  ])('counts %s as client code', (code, reason) => {
    expect(inspectModule('module.tsx', code).clientReasons.join('; ')).toContain(reason);
  });

  it.each([
    "import type { ReactNode } from 'react';",
    "import { type QueryKey } from '@tanstack/react-query';",
    '/** Call `useSyncs(query)` in a component. */ export const text = "useState(0)";',
    'export const Badge = ({ label }: { label: string }) => <span title="x">{label}</span>;',
  ])('does not count %s', (code) => {
    expect(inspectModule('module.tsx', code).clientReasons).toEqual([]);
  });

  it('sees the directive only as the first statement', () => {
    expect(inspectModule('a.ts', "'use client';\nexport const a = 1;").hasDirective).toBe(true);
    expect(inspectModule('a.ts', "/** Doc. */\n\"use client\";\nexport {};").hasDirective).toBe(true);
    expect(inspectModule('a.ts', "export const a = 1;\n'use client';").hasDirective).toBe(false);
  });
});

import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pages } from './pages';

/**
 * The server's HTML, made with `window` and `document` out of reach as on a server, so that code
 * which renders differently in a browser shows up below as a mismatch. Modules were imported in
 * jsdom, though, so hooks chosen at import time are the browser's: React 18's server renderer then
 * warns that a layout effect does nothing on the server. That warning, and only it, is an artefact
 * of rendering here; `server-rendering.test.tsx` checks for warnings on a real server (Node).
 */
function serverHtml(name: string): string {
  const serverWarnings: unknown[][] = [];
  const collect = (...args: unknown[]) => {
    if (!/useLayoutEffect does nothing on the server/.test(String(args[0]))) serverWarnings.push(args);
  };
  const error = vi.spyOn(console, 'error').mockImplementation(collect);
  const warn = vi.spyOn(console, 'warn').mockImplementation(collect);
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  try {
    return renderToString(pages[name]!());
  } finally {
    vi.unstubAllGlobals();
    error.mockRestore();
    warn.mockRestore();
    expect(serverWarnings).toEqual([]);
  }
}

describe('hydrating the server HTML in the browser', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  let consoleWarn: ReturnType<typeof vi.spyOn>;
  let root: Root | undefined;
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    container.remove();
    consoleError?.mockRestore();
    consoleWarn?.mockRestore();
  });

  it.each(Object.keys(pages))('%s hydrates without a mismatch or a warning', async (name) => {
    container.innerHTML = serverHtml(name);
    consoleError = vi.spyOn(console, 'error');
    consoleWarn = vi.spyOn(console, 'warn');
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container, pages[name]!(), { onRecoverableError: (error) => recoverable.push(error) });
    });

    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    // The host page the server sent is still there, now interactive.
    expect(container.querySelector('h1')).toHaveTextContent('Host page');
  });
});

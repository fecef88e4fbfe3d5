import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { isTypingTarget } from '../../../src/components/sync-dashboard/use-search-shortcut';
import { renderWithProvider } from '../../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 60 });
const NOW = Date.parse(dataset.now);

describe('isTypingTarget', () => {
  it('is true for fields, lists and editable text, false for everything else', () => {
    const make = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return holder.firstElementChild;
    };
    expect(isTypingTarget(make('<input type="search">'))).toBe(true);
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<select></select>'))).toBe(true);
    expect(isTypingTarget(make('<div contenteditable="true"><b>text</b></div>')!.firstElementChild)).toBe(true);
    expect(isTypingTarget(make('<div contenteditable="false"></div>'))).toBe(false);
    expect(isTypingTarget(make('<button>Go</button>'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('SyncDashboard by keyboard', { timeout: 30_000 }, () => {
  it('focuses the search on "/" from anywhere but a field, and leaves "/" alone with a modifier', async () => {
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter: createInMemoryAdapter(dataset) });
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    refresh.focus();
    expect(fireEvent.keyDown(refresh, { key: '/', ctrlKey: true })).toBe(true);
    expect(document.activeElement).toBe(refresh);
    // Handled: the "/" is not typed anywhere.
    expect(fireEvent.keyDown(refresh, { key: '/' })).toBe(false);
    expect(document.activeElement).toBe(search);
    // In the search (or any field) "/" is a character.
    expect(fireEvent.keyDown(search, { key: '/' })).toBe(true);
    expect(document.activeElement).toBe(search);
  });

  it('stops listening once the dashboard is gone', async () => {
    const view = renderWithProvider(<SyncDashboard now={NOW} />, { adapter: createInMemoryAdapter(dataset) });
    await screen.findByRole('searchbox', { name: 'Search' });
    view.unmount();
    expect(fireEvent.keyDown(document.body, { key: '/' })).toBe(true);
  });

  it('starts with "Skip to sync history", which takes the focus to the active history row', async () => {
    const user = userEvent.setup();
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter: createInMemoryAdapter(dataset) });
    await waitFor(() => expect(document.querySelectorAll('tbody tr[data-interactive]').length).toBeGreaterThan(5));
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to sync history' });
    expect(document.activeElement).toBe(skip);
    await user.click(skip);
    expect(document.activeElement).toBe(document.querySelector('tbody tr[tabindex="0"]'));
    expect(window.location.hash).toBe('');
  });
});

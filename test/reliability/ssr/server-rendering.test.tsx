// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { pages } from './pages';

// Imported above, in Node without a DOM: importing every component must not touch the browser.
describe('server rendering (Node, no window or document)', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  const render = (name: string) => renderToString(pages[name]!());

  it.each(Object.keys(pages))('%s renders without a warning (React 18 warns, for one, about layout effects on a server)', (name) => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    try {
      expect(render(name)).toContain('<h1>Host page</h1>');
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });

  it('SyncHealthProvider renders its children', () => {
    expect(render('SyncHealthProvider')).toContain('<p>Host content inside the provider</p>');
  });

  it('SyncDashboard renders its title, the loading tiles and the table skeleton', () => {
    const html = render('SyncDashboard');
    expect(html).toContain('<h2 class="sh-dashboard__title">Sync health</h2>');
    expect(html).toContain('aria-label="Totals for the current filters" aria-busy="true"');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('<table');
    expect(html).toContain('class="sh-skeleton"');
    // Nothing that needs data yet: no details panel and no error.
    expect(html).not.toContain('role="alert"');
  });

  it('SyncDetails renders its heading and the loading skeleton', () => {
    const html = render('SyncDetails');
    expect(html).toMatch(/<h2[^>]*class="sh-sync-details__heading"[^>]*>Sync [^<]+<\/h2>/);
    expect(html).toContain('data-state="pending"');
    expect(html).toContain('Loading…');
  });

  it('PushItemsPanel renders its loading state with the search box and the status filter', () => {
    const html = render('PushItemsPanel');
    expect(html).toContain('data-state="loading"');
    expect(html).toMatch(/<input[^>]*type="search"/);
    expect(html).toContain('sh-skeleton');
  });

  it('StatusBadge renders the status in words, with its code', () => {
    const html = render('StatusBadge');
    expect(html).toContain('<span class="sh-status-badge__label">Company deleted or de-authorized</span>');
    expect(html).toContain('<span class="sh-status-badge__code">4040</span>');
  });

  it('ErrorState renders the headline, the detail as text and the retry button', () => {
    const html = render('ErrorState');
    expect(html).toContain('role="alert"');
    expect(html).toContain('We could not find this.');
    expect(html).toContain('No sync with this ID.');
    expect(html).toContain('>Try again</button>');
  });
});

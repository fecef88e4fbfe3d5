import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../../src/components/ui/copy-button';
import { SearchInput } from '../../../src/components/ui/search-input';
import { TimeStamp } from '../../../src/components/ui/time-stamp';
import { useControllableState } from '../../../src/components/ui/use-controllable-state';
import { renderWithProvider } from '../../support/render';

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 1, onChange }));
    act(() => result.current[1]((previous) => previous + 1));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('follows the value from outside when controlled', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useControllableState({ value, defaultValue: 1, onChange }), {
      initialProps: { value: 5 },
    });
    act(() => result.current[1](6));
    expect(result.current[0]).toBe(5);
    expect(onChange).toHaveBeenCalledWith(6);
    rerender({ value: 6 });
    expect(result.current[0]).toBe(6);
  });
});

describe('CopyButton', () => {
  it('copies the value and announces it', async () => {
    const user = userEvent.setup();
    renderWithProvider(<CopyButton value="sync-42" label="sync ID" />);
    await user.click(screen.getByRole('button', { name: 'Copy sync ID' }));
    expect(await navigator.clipboard.readText()).toBe('sync-42');
    expect(screen.getByText('Copied')).toBeInTheDocument();
  });

  it('does not say "Copied" once it holds another value (a table row reused for another sync)', async () => {
    const user = userEvent.setup();
    const { rerenderWithProvider } = renderWithProvider(<CopyButton value="sync-42" label="sync ID" />);
    await user.click(screen.getByRole('button', { name: 'Copy sync ID' }));
    expect(screen.getByRole('button', { name: 'Copy sync ID' })).toHaveAttribute('data-state', 'copied');
    rerenderWithProvider(<CopyButton value="sync-43" label="sync ID" />);
    expect(screen.getByRole('button', { name: 'Copy sync ID' })).toHaveAttribute('data-state', 'idle');
    expect(screen.queryByText('Copied')).not.toBeInTheDocument();
  });
});

describe('SearchInput', () => {
  function Harness({ onSearch }: { onSearch: (value: string) => void }) {
    const [value, setValue] = useState('');
    return (
      <>
        <SearchInput label="Search" value={value} debounceMs={50} onValueChange={(next) => (setValue(next), onSearch(next))} />
        <output>{value}</output>
      </>
    );
  }

  it('searches once typing pauses, not on every keystroke', async () => {
    const onSearch = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<Harness onSearch={onSearch} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');
    await vi.waitFor(() => expect(onSearch).toHaveBeenCalledWith('acme'));
    expect(onSearch).toHaveBeenCalledTimes(1);
  });

  it('clears with the clear button or Escape, at once', async () => {
    const onSearch = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<Harness onSearch={onSearch} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'acme{Enter}');
    expect(onSearch).toHaveBeenLastCalledWith('acme');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onSearch).toHaveBeenLastCalledWith('');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.type(box, 'x{Escape}');
    expect(box).toHaveValue('');
  });
});

describe('TimeStamp', () => {
  it('shows relative time with the absolute time and zone on hover', () => {
    renderWithProvider(<TimeStamp value="2026-11-22T10:00:00.000Z" now={Date.parse('2026-11-22T12:00:00Z')} />);
    const time = screen.getByText('2 hours ago');
    expect(time).toHaveAttribute('dateTime', '2026-11-22T10:00:00.000Z');
    expect(time.getAttribute('title')).toMatch(/22 Nov 2026, 10:00:00 UTC/);
  });

  it('renders nothing for a missing or invalid time', () => {
    const { container } = renderWithProvider(<TimeStamp value="yesterday-ish" />);
    expect(container).toBeEmptyDOMElement();
  });
});

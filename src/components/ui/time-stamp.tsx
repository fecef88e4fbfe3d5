'use client';
import { clsx } from 'clsx';
import { useSyncHealth } from '../../data/context';
import { useHydrated } from './use-hydrated';
import { useNow } from './use-now';

/** Props of {@link TimeStamp}. */
export interface TimeStampProps {
  /** The moment, as an ISO 8601 string. Nothing is rendered when it is absent or invalid. */
  value: string | undefined;
  /** Show "2 hours ago" (default) or the absolute date and time. */
  display?: 'relative' | 'absolute';
  /**
   * "Now", in ms since the epoch, for relative times. Stories pin it, and so can a server-rendering
   * host that wants "2 hours ago" in its HTML. Without it the page's shared clock is used (it moves
   * once a minute while the page is visible, so the text stays true), which the server and the
   * browser do not share: the server and the hydrating render then show the absolute time, and the
   * relative one replaces it right after hydration.
   */
  now?: number;
  /** Extra class names. */
  className?: string;
}

/**
 * A `<time>` element showing a relative or absolute time, with the absolute time and time zone in its
 * tooltip and accessible description, so the exact moment is always one hover or focus away.
 */
export function TimeStamp({ value, display = 'relative', now, className }: TimeStampProps) {
  const { formatters } = useSyncHealth();
  const hydrated = useHydrated();
  // The clock moves once a minute, so a moment after its last tick (a retry a second ago) would read
  // "in 40 seconds": anything that has happened reads "now" at the latest.
  const clock = useNow(now);
  const absolute = formatters.dateTimeWithZone(value);
  if (!value || !absolute) return null;
  const relative = display === 'relative' && (now !== undefined || hydrated);
  const shown = relative ? formatters.relative(value, Math.max(clock, Date.parse(value))) : formatters.dateTime(value);
  return (
    <time className={clsx('sh-time', className)} dateTime={value} title={absolute} aria-label={relative ? `${shown} (${absolute})` : absolute}>
      {shown}
    </time>
  );
}

'use client';
import { clsx } from 'clsx';
import { useSyncHealth } from '../../data/context';

/** Props of {@link TimeStamp}. */
export interface TimeStampProps {
  /** The moment, as an ISO 8601 string. Nothing is rendered when it is absent or invalid. */
  value: string | undefined;
  /** Show "2 hours ago" (default) or the absolute date and time. */
  display?: 'relative' | 'absolute';
  /** "Now", in ms since the epoch, for relative times (default: the current time). Stories pin it. */
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
  const absolute = formatters.dateTimeWithZone(value);
  if (!value || !absolute) return null;
  const shown = display === 'relative' ? formatters.relative(value, now) : formatters.dateTime(value);
  return (
    <time className={clsx('sh-time', className)} dateTime={value} title={absolute} aria-label={display === 'relative' ? `${shown} (${absolute})` : absolute}>
      {shown}
    </time>
  );
}

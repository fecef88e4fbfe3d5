import type { StatusTone } from '../../core/status';

const PATHS: Record<StatusTone, string> = {
  // A clock for work in progress, a tick for success, an exclamation mark for warnings, a cross for
  // failures and a question mark for the unknown: the shape alone tells them apart.
  info: 'M8 3.5v4.5l3 2M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Z',
  success: 'M3.5 8.5l3 3 6-7',
  warning: 'M8 3v6M8 11.5v1.5',
  danger: 'M4 4l8 8M12 4l-8 8',
  neutral: 'M6 6a2 2 0 1 1 2.8 1.8C8.3 8 8 8.5 8 9v1M8 12.5v1',
};

/** A small decorative status icon (hidden from screen readers: the label next to it says the same). */
export function StatusIcon({ tone, className }: { tone: StatusTone; className?: string }) {
  return (
    <svg
      className={className}
      data-tone={tone}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[tone]} />
    </svg>
  );
}

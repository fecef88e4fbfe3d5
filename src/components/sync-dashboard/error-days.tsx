import { DAY_MS } from '../../core/time-units';

/** How many days the small trend shows, ending on the group's last day. */
const DAYS = 30;

/**
 * An error group's syncs per day over its last 30 days, as a row of small bars: a shape for the eye
 * ("since when, growing or not"). The numbers are in the group's text beside it, so it is hidden
 * from screen readers.
 */
export function ErrorDays({ byDay }: { byDay: { day: string; count: number }[] }) {
  const days = byDay.map((entry) => ({ index: Math.round(Date.parse(`${entry.day}T00:00:00Z`) / DAY_MS), count: entry.count }));
  const last = Math.max(...days.map((entry) => entry.index).filter(Number.isFinite));
  if (!Number.isFinite(last)) return null;
  const most = Math.max(1, ...days.map((entry) => entry.count));
  return (
    <svg className="sh-dashboard-errors__days" viewBox={`0 0 ${DAYS * 4} 16`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {days
        .filter((entry) => last - entry.index < DAYS && entry.count > 0)
        .map((entry) => {
          const height = Math.max(2, Math.round((entry.count / most) * 16));
          return <rect key={entry.index} x={(DAYS - 1 - (last - entry.index)) * 4} y={16 - height} width={3} height={height} />;
        })}
    </svg>
  );
}

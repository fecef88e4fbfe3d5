import type { StatusTone } from '../../core/status';

/**
 * A small decorative status icon (hidden from screen readers: the label next to it says the same).
 * Its shape, per tone, is drawn by the stylesheet (`.sh-icon`): one element, no SVG to lay out.
 */
export function StatusIcon({ tone, className }: { tone: StatusTone; className?: string }) {
  return <span className={className ? `sh-icon ${className}` : 'sh-icon'} data-icon={tone} data-tone={tone} aria-hidden="true" />;
}

'use client';
import { clsx } from 'clsx';
import { type ReactNode, useContext } from 'react';
import { SyncHealthContext } from '../../data/context';
import { overlayMessages } from './overlay-messages';
import { PanelErrorBoundary, type PanelErrorHandler } from './panel-error-boundary';
import { defaultPanelErrorMessages } from './panel-error-messages';

/** Props of {@link PanelErrorFallback}. */
export interface PanelErrorFallbackProps {
  /** Mounts the panel again. */
  onRetry: () => void;
  /** Extra class names, e.g. the host's class for the panel whose place this takes. */
  className?: string;
}

/**
 * What a panel that failed to render shows instead: a headline, what to do, and "Try again", in the
 * shared error look, announced to screen readers. It reads the provider's messages when there is a
 * provider and the English defaults otherwise, so it shows even when the provider is what is missing.
 */
export function PanelErrorFallback({ onRetry, className }: PanelErrorFallbackProps) {
  const text = overlayMessages(defaultPanelErrorMessages, useContext(SyncHealthContext)?.messageOverrides.panelError);
  return (
    <div className={clsx('sh-state', 'sh-state--error', 'sh-panel-error', className)} role="alert" data-state="failed">
      <p className="sh-state__title">{text.title}</p>
      <p className="sh-state__detail">{text.detail}</p>
      <button type="button" className="sh-button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}

/** Props of {@link ContainedPanel}. */
export interface ContainedPanelProps {
  /** The panel. */
  children?: ReactNode;
  /** Told about each rendering error of the panel. Default: none. */
  onError?: PanelErrorHandler | undefined;
  /** Class names for the fallback, so it takes the panel's place in the host's layout. */
  className?: string | undefined;
}

/**
 * A panel whose rendering errors stay inside it: if it throws, it shows {@link PanelErrorFallback}
 * with "Try again" (which mounts it afresh) and everything around it keeps working.
 */
export function ContainedPanel({ children, onError, className }: ContainedPanelProps) {
  return (
    <PanelErrorBoundary onError={onError} fallback={(retry) => <PanelErrorFallback onRetry={retry} className={className} />}>
      {children}
    </PanelErrorBoundary>
  );
}

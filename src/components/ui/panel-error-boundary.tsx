'use client';
import { type QueryClient, QueryClientContext } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { QUERY_KEY_ROOT } from '../../data/query-keys';

/**
 * Called when a part of a component throws while rendering, with what it threw and React's
 * component stack. For the host's error reporting: React reports the error to the console itself.
 */
export type PanelErrorHandler = (error: unknown, info: ErrorInfo) => void;

/** Props of {@link PanelErrorBoundary}. */
export interface PanelErrorBoundaryProps {
  /** The content that may throw. */
  children?: ReactNode;
  /** What to show instead once the content threw, given the action that mounts the content again. */
  fallback: (retry: () => void) => ReactNode;
  /** Told about every error caught here. Default: none. */
  onError?: PanelErrorHandler | undefined;
}

/**
 * Contains a rendering error to one panel: the content that threw is replaced by `fallback`, and
 * the rest of the page (the host's included) keeps working. Retry mounts the content afresh, after
 * forgetting the library's cached answers that no mounted panel uses, so a panel that broke on
 * data asks the backend again instead of breaking on the same data.
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, { failed?: boolean }> {
  static override contextType = QueryClientContext;
  // A flag rather than the error itself: code may throw `undefined`. `onError` gets the error.
  override state: { failed?: boolean } = {};

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override render() {
    return this.state.failed
      ? this.props.fallback(() => {
          // The failed content is unmounted, so its queries are inactive: reset, they load again on remount.
          void (this.context as QueryClient | undefined)?.resetQueries({ queryKey: [QUERY_KEY_ROOT], type: 'inactive' });
          this.setState({ failed: false });
        })
      : this.props.children;
  }
}

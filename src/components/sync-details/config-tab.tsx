'use client';
import { useState } from 'react';
import type { Sync } from '../../core/model';
import { useSyncDetailsMessages } from './messages';
import { useSyncConfig } from '../../data/use-sync-config';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import { DetailsSkeleton } from './details-skeleton';
import { configFileName, downloadTextFile } from './download-file';
import { JsonTree } from './json-tree';

/** The sync's configuration: readable, collapsible JSON and a download of the exact document. */
export function ConfigTab({ sync }: { sync: Sync }) {
  const messages = useSyncDetailsMessages();
  const text = messages.details.config;
  const query = useSyncConfig(sync.id);
  const [expanded, setExpanded] = useState<{ open: boolean; version: number }>({ open: false, version: 0 });
  const [announcement, setAnnouncement] = useState('');

  if (query.isPending) return <DetailsSkeleton label={messages.common.loading} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const { configuration, isSnapshot } = query.data;
  if (Object.keys(configuration).length === 0) return <EmptyState title={text.empty} />;

  const download = () => {
    const fileName = configFileName(sync.companyId, sync.id);
    downloadTextFile(fileName, JSON.stringify(configuration, null, 2));
    setAnnouncement(text.downloaded(fileName));
  };

  return (
    <div className="sh-sync-details__config">
      <div className="sh-sync-details__config-bar">
        <p className="sh-sync-details__hint">{isSnapshot ? text.snapshot : text.current}</p>
        <div className="sh-sync-details__config-actions">
          <button type="button" className="sh-button" onClick={() => setExpanded((state) => ({ open: true, version: state.version + 1 }))}>
            {text.expandAll}
          </button>
          <button type="button" className="sh-button" onClick={() => setExpanded((state) => ({ open: false, version: state.version + 1 }))}>
            {text.collapseAll}
          </button>
          <button type="button" className="sh-button" data-variant="primary" onClick={download}>
            {text.download}
          </button>
        </div>
      </div>
      <span className="sh-visually-hidden" role="status">
        {announcement}
      </span>
      {/* A new key remounts the tree with every node open or closed after "Expand all" / "Collapse all". */}
      <JsonTree key={expanded.version} value={configuration} openDepth={expanded.open ? Infinity : 1} />
    </div>
  );
}

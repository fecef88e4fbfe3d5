'use client';
import { useId } from 'react';
import type { JsonValue, PushItem } from '../../core/model';
import { CopyButton } from '../ui/copy-button';
import { usePushItemsPanelMessages } from './messages';

// Pretty-printed once per value: a record of a few megabytes is not stringified again on every render,
// nor when its row scrolls back into view. Query results keep their objects while their data is unchanged.
const printed = new WeakMap<object, string>();

/** A JSON value pretty-printed with two spaces, memoised per object. */
export function prettyJson(value: JsonValue): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let text = printed.get(value);
  if (text === undefined) {
    text = JSON.stringify(value, null, 2);
    printed.set(value, text);
  }
  return text;
}

/** Whether an item has the record sent or the answer to show. */
export function hasPushItemJson(item: PushItem): boolean {
  return item.pushedRecord !== undefined || item.platformResponse !== undefined;
}

function JsonBlock({ value, heading, copyLabel, kind }: { value: JsonValue; heading: string; copyLabel: string; kind: string }) {
  const headingId = useId();
  const text = prettyJson(value);
  return (
    <div className="sh-push-items-panel__json" data-kind={kind}>
      <div className="sh-push-items-panel__json-head">
        <p id={headingId} className="sh-push-items-panel__json-heading">
          {heading}
        </p>
        <CopyButton value={text} label={copyLabel} />
      </div>
      {/* A region named by its heading, focusable so a keyboard can scroll it; text, never HTML. */}
      <pre className="sh-push-items-panel__json-text" tabIndex={0} role="region" aria-labelledby={headingId}>
        {text}
      </pre>
    </div>
  );
}

/**
 * The record as it was sent to the accounting software and the software's answer, side by side (one
 * above the other when narrow), each pretty-printed in a scroll box of bounded height, with a copy
 * button. Nothing when the adapter has neither.
 */
export function PushItemJson({ item, platform }: { item: PushItem; platform: string | undefined }) {
  const text = usePushItemsPanelMessages().pushItemsPanel;
  if (!hasPushItemJson(item)) return null;
  return (
    <div className="sh-push-items-panel__json-blocks">
      {item.pushedRecord !== undefined ? (
        <JsonBlock value={item.pushedRecord} heading={text.pushedRecord(platform)} copyLabel={text.pushedRecordCopyLabel(platform)} kind="pushed-record" />
      ) : null}
      {item.platformResponse !== undefined ? (
        <JsonBlock
          value={item.platformResponse}
          heading={text.platformResponse(platform)}
          copyLabel={text.platformResponseCopyLabel(platform)}
          kind="platform-response"
        />
      ) : null}
    </div>
  );
}

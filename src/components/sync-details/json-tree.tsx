'use client';
import { useState } from 'react';
import type { JsonValue } from '../../core/model';
import { useSyncDetailsMessages } from './messages';

/** How many entries of an object or array show before "Show N more". */
const VISIBLE_ENTRIES = 20;

/** Bidi controls: invisible, yet able to reorder the text after them (Trojan Source). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A string as JSON writes it, with bidi controls escaped too (`\u202e`): support staff see them,
 * and they cannot reorder the quotes or what follows.
 */
function jsonString(text: string): string {
  return JSON.stringify(text).replace(BIDI_CONTROLS, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A JSON document as a collapsible tree built from `<details>` elements (keyboard and screen reader
 * support come with them). Long arrays and objects are folded; every value is rendered as text.
 */
export function JsonTree({ value, openDepth }: { value: { [key: string]: JsonValue }; openDepth: number }) {
  return (
    <div className="sh-json">
      <Entries value={value} depth={0} openDepth={openDepth} />
    </div>
  );
}

function Entries({ value, depth, openDepth }: { value: JsonValue[] | { [key: string]: JsonValue }; depth: number; openDepth: number }) {
  const messages = useSyncDetailsMessages();
  const [limit, setLimit] = useState(VISIBLE_ENTRIES);
  const entries: [string, JsonValue][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  const hidden = entries.length - limit;
  return (
    <ul className="sh-json__entries">
      {entries.slice(0, limit).map(([key, item]) => (
        <li key={key} className="sh-json__entry">
          <Node name={key} isIndex={Array.isArray(value)} value={item} depth={depth + 1} openDepth={openDepth} />
        </li>
      ))}
      {hidden > 0 ? (
        <li className="sh-json__entry">
          <button type="button" className="sh-json__more" onClick={() => setLimit((current) => current + 100)}>
            {messages.details.config.showMore(hidden)}
          </button>
        </li>
      ) : null}
    </ul>
  );
}

function Node({ name, isIndex, value, depth, openDepth }: { name: string; isIndex: boolean; value: JsonValue; depth: number; openDepth: number }) {
  const messages = useSyncDetailsMessages();
  const label = <span className={isIndex ? 'sh-json__index' : 'sh-json__key'}>{isIndex ? name : jsonString(name)}</span>;
  if (value !== null && typeof value === 'object') {
    const count = Array.isArray(value) ? value.length : Object.keys(value).length;
    const size = Array.isArray(value) ? messages.details.config.itemCount(count) : messages.details.config.keyCount(count);
    return (
      <details className="sh-json__branch" open={depth <= openDepth}>
        <summary className="sh-json__summary">
          {label}
          <span className="sh-json__punctuation">: {Array.isArray(value) ? '[' : '{'}</span>
          <span className="sh-json__size">{size}</span>
          <span className="sh-json__punctuation">{Array.isArray(value) ? ']' : '}'}</span>
        </summary>
        {count > 0 ? <Entries value={value} depth={depth} openDepth={openDepth} /> : null}
      </details>
    );
  }
  const type = value === null ? 'null' : typeof value;
  return (
    <span className="sh-json__leaf">
      {label}
      <span className="sh-json__punctuation">: </span>
      <span className="sh-json__value" data-type={type}>
        {typeof value === 'string' ? jsonString(value) : String(value)}
      </span>
    </span>
  );
}

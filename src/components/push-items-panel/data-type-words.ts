/**
 * Accounting data types in human words ("creditNotes" → "Credit notes"), and the reverse for search:
 * a person types the words they see, the adapter matches the backend's name.
 */

const collapse = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * The human words for a data type: the label from the messages when there is one, otherwise the name
 * split into words ("purchaseOrders" → "Purchase orders"), so a data type nobody listed still reads well.
 */
export function describeDataType(dataType: string, labels: Readonly<Record<string, string>>): string {
  const label = Object.hasOwn(labels, dataType) ? labels[dataType] : undefined;
  if (label) return label;
  const words = dataType
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? dataType : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The search text to send to the adapter. The adapter matches data types by their backend name
 * (`creditNotes`), so words typed as they are shown ("credit notes", "Credit no") are sent without
 * their spaces when they begin a known data type's name; anything else is sent as typed (trimmed).
 */
export function toAdapterSearch(text: string, labels: Readonly<Record<string, string>>): string {
  const trimmed = text.trim();
  if (!/\s/.test(trimmed)) return trimmed;
  const typed = collapse(trimmed);
  const names = Object.keys(labels);
  return names.some((name) => collapse(name).startsWith(typed)) ? typed : trimmed;
}

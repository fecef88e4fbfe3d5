/**
 * An error template (`toErrorTemplate`) as people read it: each placeholder for a value becomes "…",
 * so "{number} of {number} items could not be written to {name}." reads "… of … items could not be
 * written to ….".
 */
export function readableErrorTemplate(template: string): string {
  return template.replace(/\{(?:id|date|amount|number|name)\}/g, '…');
}

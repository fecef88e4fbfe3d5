/** Characters allowed in a downloaded file's name; anything else becomes `_`. */
const UNSAFE_FILE_NAME_CHARACTERS = /[^A-Za-z0-9._-]+/g;

/** Names Windows keeps for devices, whatever extension follows (`CON.csv` is the console). */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Makes a value safe as part of a file name: no path separators, no control or bidi characters, no
 * leading dots (hidden files) or dashes (read as options on a command line), no Windows device
 * name, at most 80 characters.
 */
export function safeFileNamePart(value: string): string {
  const cleaned = value.replace(UNSAFE_FILE_NAME_CHARACTERS, '_').replace(/^[._-]+/, '').slice(0, 80);
  if (WINDOWS_DEVICE_NAME.test(cleaned)) return `${cleaned}_`;
  return cleaned || 'unknown';
}

/** The name of a downloaded configuration: `<companyId>-<syncId>-config.json`, made safe. */
export function configFileName(companyId: string, syncId: string): string {
  return `${safeFileNamePart(companyId)}-${safeFileNamePart(syncId)}-config.json`;
}

/** Saves text as a file through a temporary object URL. Does nothing outside a browser. */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(fileName, new Blob([text], { type }));
}

/** Saves a file (e.g. one a backend made) through a temporary object URL. Does nothing outside a browser. */
export function downloadFile(fileName: string, file: Blob): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; give it a moment.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

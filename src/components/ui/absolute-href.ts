/**
 * A link as it is copied into a ticket or a chat, away from this page: `href` (perhaps relative, as a
 * host's `getSyncHref` may give it) resolved against the page's address. Browser only.
 */
export function absoluteHref(href: string): string {
  return new URL(href, document.baseURI).href;
}

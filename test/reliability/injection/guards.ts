/**
 * Browser-side checks of the injection suite: tripwires that notice any code a payload runs
 * (dialogs, globals, new elements, navigation), the horizontal overflow of a component's root, and
 * bidi controls leaking out of the element that holds a user-supplied string.
 */
import { PWNED_ATTRIBUTE, PWNED_GLOBAL } from '../../support/hostile-strings';

type Global = Record<string, unknown>;
const DIALOGS = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
/** Elements the components never render: one appearing means markup was parsed. */
const FOREIGN_ELEMENTS = 'script, iframe, frame, object, embed, img, base, meta, link, style, form, math, noscript, video, audio';

/** Watches the page for side effects; `trips()` lists what happened since it was armed. */
export interface Tripwires {
  trips(): string[];
  disarm(): void;
}

function pwnedIn(target: Window): boolean {
  try {
    return PWNED_GLOBAL in target;
  } catch {
    return false; // A cross-origin parent: nothing a payload could have set from here.
  }
}

/** Replaces the dialogs with recorders and starts watching the DOM and the location. */
export function armTripwires(): Tripwires {
  const calls: string[] = [];
  const saved = new Map<string, unknown>();
  const scope = window as unknown as Global;
  for (const name of DIALOGS) {
    saved.set(name, scope[name]);
    scope[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  }
  delete scope[PWNED_GLOBAL];
  const href = location.href;
  const title = document.title;
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const element of [node, ...node.querySelectorAll('*')]) {
          if (element.matches(FOREIGN_ELEMENTS) || element.hasAttribute(PWNED_ATTRIBUTE)) added.push(`<${element.localName}> added`);
          const handler = [...element.attributes].find((attribute) => /^on/i.test(attribute.name));
          if (handler) added.push(`<${element.localName} ${handler.name}> added`);
        }
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return {
    trips() {
      const trips = [...new Set([...calls, ...added])];
      if (pwnedIn(window) || pwnedIn(window.parent)) trips.push(`${PWNED_GLOBAL} set`);
      if (location.href !== href) trips.push(`navigated to ${location.href}`);
      if (document.title !== title) trips.push(`title changed to ${document.title}`);
      if (document.querySelector(`[${PWNED_ATTRIBUTE}]`)) trips.push(`[${PWNED_ATTRIBUTE}] in the page`);
      return trips;
    },
    disarm() {
      observer.disconnect();
      for (const [name, value] of saved) scope[name] = value;
    },
  };
}

/** Elements in `root` that only parsed markup could have made. */
export function foreignElements(root: Element): string[] {
  return [...root.querySelectorAll(FOREIGN_ELEMENTS)].map((element) => `<${element.localName}> rendered`);
}

/** Lets queued events (an image error, a frame load, a focus) fire before the tripwires are read. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 30));
}

/**
 * How far the component sticks out of its host when the host is `width` px wide: the root's
 * scrolling width beyond its own width, and the root's own width beyond the host's. 0 when it fits.
 */
export function horizontalOverflow(host: HTMLElement, width: number): number {
  host.style.width = `${width}px`;
  const root = host.firstElementChild as HTMLElement;
  const ownOverflow = root.scrollWidth - root.clientWidth;
  const outerOverflow = root.getBoundingClientRect().width - host.getBoundingClientRect().width;
  return Math.max(0, ownOverflow, Math.ceil(outerOverflow));
}

/** The elements that stick out of the root's right edge the most, to name in a failure. */
export function widestDescendants(root: Element, count = 3): string[] {
  const right = root.getBoundingClientRect().right;
  return [...root.querySelectorAll('*')]
    .map((element) => ({ element, excess: element.getBoundingClientRect().right - right }))
    .filter(({ excess }) => excess > 1)
    .sort((a, b) => b.excess - a.excess)
    .slice(0, count)
    .map(({ element, excess }) => `${element.localName}.${[...element.classList].join('.')} +${Math.round(excess)}px`);
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);

const isHidden = (element: Element) => element.closest('.sh-visually-hidden') !== null || getComputedStyle(element).display === 'none';
const isInline = (display: string) => display === 'inline' || display === 'contents';

/** Whether anything is rendered after `from` in the same paragraph of `scope`: text, or an atomic inline (a button) that can move. */
function somethingFollows(from: Node, scope: Element): boolean {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node instanceof Element && isHidden(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  walker.currentNode = from;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      const display = getComputedStyle(node).display;
      if (isInline(display)) continue;
      return display.startsWith('inline'); // A block ends the paragraph; an inline-block is part of it.
    }
    if ((node.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * Where a bidi control in `payload` can reorder text that is not the payload (see `leaksFrom`),
 * each named by the nearest element with a class.
 */
export function bidiLeaks(root: Element, payload: string): string[] {
  if (!BIDI_CONTROLS.test(payload)) return [];
  const leaks = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement;
    if (!parent || !text.includes(payload) || isHidden(parent)) continue;
    if (leaksFrom(node, text.slice(text.lastIndexOf(payload) + payload.length))) leaks.add(describe(parent));
  }
  return [...leaks];
}

/**
 * Whether a bidi control in `node` can reorder what follows it. Its reach ends at the nearest
 * isolating element (`<bdi>`, `unicode-bidi: isolate`, which browsers also give blocks such as
 * `div`, `li` and `td`), block, or flex or grid item: it leaks if anything is rendered after it there.
 */
function leaksFrom(node: Node, restOfNode: string): boolean {
  if (restOfNode.trim() !== '') return true;
  let child: Node = node;
  for (let element = node.parentElement; element; child = element, element = element.parentElement) {
    const style = getComputedStyle(element);
    if (/flex|grid/.test(style.display)) {
      // Each child is a flex or grid item, its own paragraph; text directly inside shares one with adjacent text.
      if (child !== node) return somethingFollows(node, child as Element);
      return node.nextSibling?.nodeType === Node.TEXT_NODE && (node.nextSibling.textContent ?? '').trim() !== '';
    }
    if (ISOLATING.has(style.unicodeBidi) || !isInline(style.display)) return somethingFollows(node, element);
  }
  return false;
}

function describe(element: Element): string {
  const classed = element.closest('[class]');
  return classed ? `${classed.localName}.${[...classed.classList].join('.')}` : element.localName;
}

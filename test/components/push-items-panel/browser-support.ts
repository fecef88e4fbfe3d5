/** What the panel's browser tests share: the two screens they run at, and whether a box is in view. */

/** A desktop (the panel in a 1040 px column) and a 390 × 844 phone (the panel full width, its rows cards). */
export const SCREENS = [
  { screen: '1440 × 900', width: 1440, height: 900, container: '1040px' },
  { screen: '390 × 844, where the rows are cards', width: 390, height: 844, container: '100%' },
];

/** Whether a box lies wholly inside the viewport, with some width and height. */
export function inViewport(element: Element) {
  const { top, left, bottom, right, width, height } = element.getBoundingClientRect();
  return { visible: width > 0 && height > 0, inside: top >= 0 && left >= 0 && bottom <= window.innerHeight && right <= window.innerWidth };
}

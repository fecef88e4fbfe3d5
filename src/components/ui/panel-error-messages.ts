/** The text of the contained error a panel shows when it fails to render (see `ContainedPanel`). */
export interface PanelErrorMessages {
  /** The headline. */
  title: string;
  /** What the person can do about it. */
  detail: string;
  /** The button that shows the panel again. */
  retry: string;
}

/** The English defaults. */
export const defaultPanelErrorMessages: PanelErrorMessages = {
  title: 'This part of the page could not be shown.',
  detail: 'The rest of the page still works. Try again, and reload the page if it keeps happening.',
  retry: 'Try again',
};

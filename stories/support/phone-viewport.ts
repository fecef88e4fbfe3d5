/**
 * A 390 × 844 phone for a story, in Storybook's viewport toolbar and in the story tests (the Vitest
 * addon sizes the browser to the story's viewport): spread into a story, `{ ...phoneViewport, play }`.
 */
export const phoneViewport = {
  parameters: {
    viewport: { options: { phone: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' as const } } },
  },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

import type { CSSObject } from '@mui/material';

const RING = '#1f4e79';

/**
 * One visible focus ring for everything reached by keyboard. MUI removes the browser outline from its buttons,
 * tabs, chips and list items and shows only a faint ripple; this puts a 3px ring back (white on the dark app bar).
 * Text fields keep MUI's own focused border; headings and the main area that receive focus programmatically
 * (after a route change or the skip link) are not controls and get no ring.
 */
export const focusStyles: Record<string, CSSObject> = {
  ':focus-visible:not(input):not(textarea):not(.MuiInputBase-input), .Mui-focusVisible:not(.MuiInputBase-root)': {
    outline: `3px solid ${RING}`,
    outlineOffset: '2px',
  },
  '.MuiAppBar-root :focus-visible, .MuiAppBar-root .Mui-focusVisible': { outlineColor: '#fff !important' },
  ':is(h1, h2, h3, main)[tabindex="-1"]:focus': { outline: 'none !important' },
};

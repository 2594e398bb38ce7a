import { Chip } from '@mui/material';
import type { DueState } from '../../../common/plan/actions';
import { tp } from './texts';

/** Overdue and soon-due flags beside a deadline; words, not colour alone. */
export function DueChip({ due }: { due: DueState }) {
  if (due === 'overdue') return <Chip size="small" color="error" label={tp.action.overdue} sx={{ ml: 1 }} data-testid="overdue-flag" />;
  // Orange text on white fails contrast: the orange goes in the border, the text stays dark.
  if (due === 'today') return <Chip size="small" variant="outlined" label={tp.action.today} sx={{ ml: 1, borderColor: 'warning.main', borderWidth: 2 }} />;
  if (due === 'soon') return <Chip size="small" variant="outlined" label={tp.action.soon} sx={{ ml: 1, borderColor: 'warning.main' }} />;
  return null;
}

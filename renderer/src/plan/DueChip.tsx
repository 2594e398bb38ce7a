import { Chip } from '@mui/material';
import type { DueState } from '../../../common/plan/actions';
import { tp } from './texts';

/** Overdue and soon-due flags beside a deadline; words, not colour alone. */
export function DueChip({ due }: { due: DueState }) {
  if (due === 'overdue') return <Chip size="small" color="error" label={tp.action.overdue} sx={{ ml: 1 }} data-testid="overdue-flag" />;
  if (due === 'today') return <Chip size="small" color="warning" label={tp.action.today} sx={{ ml: 1 }} />;
  if (due === 'soon') return <Chip size="small" color="warning" variant="outlined" label={tp.action.soon} sx={{ ml: 1 }} />;
  return null;
}

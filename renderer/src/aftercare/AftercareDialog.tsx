import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { NoticeAlert } from '../components/NoticeAlert';
import type { Notice } from '../hooks/useApiAction';
import { at } from './texts';

/** A form of the tab in a dialog: its refusal above the fields, Annuleren and Opslaan below them. */
export function AftercareDialog({
  id,
  title,
  notice,
  onClose,
  onSave,
  wide,
  children,
}: {
  id: string;
  title: string;
  notice: Notice | null;
  onClose: () => void;
  onSave: () => void;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={onClose} aria-labelledby={id} maxWidth={wide ? 'md' : 'sm'} fullWidth={wide}>
      <DialogTitle id={id}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <NoticeAlert notice={notice} />
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{at.cancel}</Button>
        <Button variant="contained" onClick={onSave}>
          {at.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

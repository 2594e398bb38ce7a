import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useEffect } from 'react';
import type { PartnerView } from '../../../common/plan/types';
import { FormText } from '../components/FormText';
import { PartnerTypeField, partnerValues, usePartnerForm } from './PartnerFields';
import { tp } from './texts';

/** Add or edit a partner organisation; field messages come from the contract's zod schema. */
export function PartnerForm({
  open,
  partner,
  onClose,
  onSaved,
}: {
  open: boolean;
  partner: PartnerView | null;
  onClose: () => void;
  onSaved: (p: PartnerView) => void;
}) {
  const { form, save, message, setMessage } = usePartnerForm(partner, (saved) => {
    onSaved(saved);
    onClose();
  });
  const { reset } = form;
  useEffect(() => {
    if (!open) return;
    setMessage(null);
    reset(partnerValues(partner));
  }, [open, partner, reset, setMessage]);
  const plain = { slotProps: { inputLabel: {} }, fullWidth: false };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="partner-form-title">
      <DialogTitle id="partner-form-title">{partner ? tp.common.edit : tp.partners.add}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} component="form" id="partner-form" noValidate onSubmit={(e) => void save(e)}>
          {message && <Alert severity="error">{message}</Alert>}
          <PartnerTypeField form={form} label={tp.partners.type} />
          <FormText form={form} name="name" label={tp.partners.name} required {...plain} />
          <FormText form={form} name="email" label={tp.partners.email} {...plain} />
          <FormText form={form} name="phone" label={tp.partners.phone} {...plain} />
          <FormText form={form} name="note" label={tp.partners.note} multiline {...plain} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tp.common.cancel}</Button>
        <Button type="submit" form="partner-form" variant="contained">
          {tp.common.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

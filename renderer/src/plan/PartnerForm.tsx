import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { PARTNER_TYPE_KEYS, type PartnerType } from '../../../common/plan/partners';
import { partnerTypeLabel } from '../i18n/labels';
import type { PartnerView } from '../../../common/plan/types';
import { api } from '../api';
import { placeServerErrors } from '../forms';
import { tp } from './texts';

type Values = { type: PartnerType | ''; name: string; email: string; phone: string; note: string };

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
  const [v, setV] = useState<Values>({ type: '', name: '', email: '', phone: '', note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setErrors({});
    setMessage(null);
    setV(
      partner
        ? { type: partner.type, name: partner.name, email: partner.email, phone: partner.phone, note: partner.note }
        : { type: '', name: '', email: '', phone: '', note: '' },
    );
  }, [open, partner]);
  async function save() {
    try {
      const input = { ...v, type: v.type as PartnerType };
      const saved = partner ? await api.partners.update({ ...input, id: partner.id }) : await api.partners.create(input);
      onSaved(saved);
      onClose();
    } catch (err) {
      const placed = placeServerErrors(err, Object.keys(v));
      setErrors(placed.fields);
      setMessage(placed.general);
    }
  }
  const label: Record<keyof Values, string> = {
    type: tp.partners.type,
    name: tp.partners.name,
    email: tp.partners.email,
    phone: tp.partners.phone,
    note: tp.partners.note,
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="partner-form-title">
      <DialogTitle id="partner-form-title">{partner ? tp.common.edit : tp.partners.add}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} component="form" id="partner-form" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
          {message && <Alert severity="error">{message}</Alert>}
          <TextField
            select
            label={label.type}
            value={v.type}
            onChange={(e) => setV({ ...v, type: e.target.value as PartnerType })}
            error={!!errors['type']}
            helperText={errors['type']}
            required
          >
            {PARTNER_TYPE_KEYS.map((t) => (
              <MenuItem key={t} value={t}>
                {partnerTypeLabel(t)}
              </MenuItem>
            ))}
          </TextField>
          {(['name', 'email', 'phone', 'note'] as const).map((f) => (
            <TextField
              key={f}
              label={label[f]}
              value={v[f]}
              onChange={(e) => setV({ ...v, [f]: e.target.value })}
              error={!!errors[f]}
              helperText={errors[f]}
              required={f === 'name'}
              multiline={f === 'note'}
            />
          ))}
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

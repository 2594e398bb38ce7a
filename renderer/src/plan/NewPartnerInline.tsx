import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { PARTNER_TYPE_KEYS, type PartnerType } from '../../../common/plan/partners';
import type { PartnerView } from '../../../common/plan/types';
import { useFocusLater } from '../a11y/useFocusLater';
import { ApiError, api, errorMessage } from '../api';
import { partnerTypeLabel } from '../i18n/labels';
import { pst } from './partner-setup-texts';

/**
 * "Nieuwe partner" beside an action's partner picker: name and kind, put in the register and handed back to be
 * chosen, without leaving the action. Lives inside the action's form, so Enter here adds the partner, not the action.
 */
export function NewPartnerInline({ onAdded }: { onAdded: (p: PartnerView) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<PartnerType | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const focusLater = useFocusLater();

  const close = () => {
    setOpen(false);
    setErrors({});
    setMessage(null);
    focusLater(() => openButton.current);
  };
  const add = async () => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const p = await api.partners.create({ type: type as PartnerType, name, email: '', phone: '', note: '' });
      setOpen(false);
      setName('');
      setType('');
      onAdded(p);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setErrors(err.fields);
      else setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <Button
        ref={openButton}
        size="small"
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => {
          setOpen(true);
          focusLater(() => nameInput.current);
        }}
      >
        {pst.inline.open}
      </Button>
    );
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }} data-testid="new-partner">
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {pst.inline.title}
      </Typography>
      <Stack spacing={2}>
        {message && <Alert severity="error">{message}</Alert>}
        <TextField
          size="small"
          label={pst.inline.name}
          value={name}
          inputRef={nameInput}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
          error={!!errors['name']}
          helperText={errors['name']}
          required
        />
        <TextField
          select
          size="small"
          label={pst.inline.type}
          value={type}
          onChange={(e) => setType(e.target.value as PartnerType)}
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
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => void add()} aria-disabled={busy || undefined}>
            {pst.inline.add}
          </Button>
          <Button onClick={close}>{pst.inline.cancel}</Button>
        </Stack>
      </Stack>
    </Box>
  );
}

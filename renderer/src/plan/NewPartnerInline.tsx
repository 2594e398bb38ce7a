import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { PartnerView } from '../../../common/plan/types';
import { useFocusLater } from '../a11y/useFocusLater';
import { FormText } from '../components/FormText';
import { PartnerTypeField, partnerValues, usePartnerForm } from './PartnerFields';
import { pst } from './partner-setup-texts';

/**
 * "Nieuwe partner" beside an action's partner picker: name and kind, put in the register and handed back to be
 * chosen, without leaving the action. Lives inside the action's form, so Enter here adds the partner, not the action.
 */
export function NewPartnerInline({ onAdded }: { onAdded: (p: PartnerView) => void }) {
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const focusLater = useFocusLater();
  const { form, save, message, setMessage } = usePartnerForm(null, (p) => {
    setOpen(false);
    form.reset(partnerValues(null));
    onAdded(p);
  });
  const busy = form.formState.isSubmitting;
  const add = () => {
    if (!busy) void save();
  };

  const close = () => {
    setOpen(false);
    form.clearErrors();
    setMessage(null);
    focusLater(() => openButton.current);
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
  const plain = { size: 'small' as const, slotProps: { inputLabel: {} }, fullWidth: false };
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }} data-testid="new-partner">
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {pst.inline.title}
      </Typography>
      <Stack spacing={2}>
        {message && <Alert severity="error">{message}</Alert>}
        <FormText
          form={form}
          name="name"
          label={pst.inline.name}
          inputRef={nameInput}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          required
          {...plain}
        />
        <PartnerTypeField form={form} label={pst.inline.type} size="small" />
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={add} aria-disabled={busy || undefined}>
            {pst.inline.add}
          </Button>
          <Button onClick={close}>{pst.inline.cancel}</Button>
        </Stack>
      </Stack>
    </Box>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../common/api/contract';
import { api } from '../api';
import { applyServerErrors, localized } from '../forms';
import { t } from '../texts';
import { SubmitButton } from '../a11y/SubmitButton';

const schema = contract['vault.changePassword'].input;

export function ChangePasswordDialog({ open, onClose, onChanged }: { open: boolean; onClose: () => void; onChanged: () => void }) {
  const [error, setErrorText] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof schema>>({
    resolver: localized(zodResolver(schema)),
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const close = () => {
    reset();
    setErrorText(null);
    onClose();
  };
  const submit = handleSubmit(async (values) => {
    setErrorText(null);
    try {
      await api.vault.changePassword(values);
      reset();
      onChanged();
    } catch (err) {
      setErrorText(applyServerErrors(err, setError, ['currentPassword', 'newPassword', 'repeat']));
    }
  });
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle>{t.changePassword.title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label={t.changePassword.current}
              type="password"
              autoFocus
              autoComplete="current-password"
              {...register('currentPassword')}
              error={!!formState.errors.currentPassword}
              helperText={formState.errors.currentPassword?.message}
            />
            <TextField
              label={t.changePassword.next}
              type="password"
              autoComplete="new-password"
              {...register('newPassword')}
              error={!!formState.errors.newPassword}
              helperText={formState.errors.newPassword?.message}
            />
            <TextField
              label={t.changePassword.repeat}
              type="password"
              autoComplete="new-password"
              {...register('repeat')}
              error={!!formState.errors.repeat}
              helperText={formState.errors.repeat?.message}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t.changePassword.cancel}</Button>
          <SubmitButton busy={formState.isSubmitting}>{t.changePassword.submit}</SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}

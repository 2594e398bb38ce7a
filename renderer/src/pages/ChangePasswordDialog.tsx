import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../common/api/contract';
import { api } from '../api';
import { FormPassword } from '../components/PasswordField';
import { applyServerErrors, localized } from '../forms';
import { t } from '../texts';
import { SubmitButton } from '../a11y/SubmitButton';

const schema = contract['vault.changePassword'].input;

export function ChangePasswordDialog({ open, onClose, onChanged }: { open: boolean; onClose: () => void; onChanged: () => void }) {
  const [error, setErrorText] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>>({
    resolver: localized(zodResolver(schema)),
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const { handleSubmit, setError, formState, reset } = form;
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
            <FormPassword form={form} name="currentPassword" label={t.changePassword.current} autoFocus autoComplete="current-password" />
            <FormPassword form={form} name="newPassword" label={t.changePassword.next} autoComplete="new-password" />
            <FormPassword form={form} name="repeat" label={t.changePassword.repeat} autoComplete="new-password" />
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

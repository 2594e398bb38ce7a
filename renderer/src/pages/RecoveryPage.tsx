import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../common/api/contract';
import type { VaultStatus } from '../../../common/api/vault';
import { api } from '../api';
import { CenteredCard } from '../components/CenteredCard';
import { FormPassword } from '../components/PasswordField';
import { FormText } from '../components/FormText';
import { applyServerErrors, localized } from '../forms';
import { t } from '../texts';
import { SubmitButton } from '../a11y/SubmitButton';

const schema = contract['vault.unlockWithRecovery'].input;
type Form = z.input<typeof schema>;

export function RecoveryPage({ onUnlocked, onBack }: { onUnlocked: (s: VaultStatus) => void; onBack: () => void }) {
  const [error, setErrorText] = useState<string | null>(null);
  const form = useForm<Form>({
    resolver: localized(zodResolver(schema)),
    defaultValues: { recoveryCode: '', newPassword: '', repeat: '' },
  });
  const { handleSubmit, setError, formState } = form;
  const submit = handleSubmit(async (values) => {
    setErrorText(null);
    try {
      onUnlocked(await api.vault.unlockWithRecovery(values));
    } catch (err) {
      setErrorText(applyServerErrors(err, setError, ['recoveryCode', 'newPassword', 'repeat']));
    }
  });
  return (
    <CenteredCard title={t.recovery.title} help="recovery">
      <Typography sx={{ mb: 2 }}>{t.recovery.intro}</Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error}</Alert>}
          {/* The label floats like the password fields' below it. */}
          <FormText form={form} name="recoveryCode" label={t.recovery.code} autoFocus autoComplete="off" slotProps={{}} />
          <FormPassword form={form} name="newPassword" label={t.recovery.password} autoComplete="new-password" />
          <FormPassword form={form} name="repeat" label={t.recovery.repeat} autoComplete="new-password" />
          <Stack direction="row" spacing={2}>
            <Button onClick={onBack}>{t.recovery.back}</Button>
            <SubmitButton busy={formState.isSubmitting}>{t.recovery.submit}</SubmitButton>
          </Stack>
        </Stack>
      </Box>
    </CenteredCard>
  );
}

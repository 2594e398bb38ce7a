import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../common/api/contract';
import type { VaultStatus } from '../../../common/api/vault';
import { api } from '../api';
import { CenteredCard } from '../components/CenteredCard';
import { DemoButton } from '../components/DemoButton';
import { FormPassword } from '../components/PasswordField';
import { RecoveryCodeSheet, RecoveryCodeText } from '../firstrun/RecoveryCodeSheet';
import { applyServerErrors, localized } from '../forms';
import { t } from '../texts';
import { SubmitButton } from '../a11y/SubmitButton';

type PasswordForm = z.input<(typeof contract)['vault.beginSetup']['input']>;

/** `onDone` gets the recovery code too after a set-up, so the start guide can still print it (memory only). */
export function SetupPage({ onDone }: { onDone: (s: VaultStatus, recoveryCode?: string) => void }) {
  const [code, setCode] = useState<string | null>(null);
  return code ? <ConfirmCode code={code} onBack={() => setCode(null)} onDone={onDone} /> : <ChoosePassword onCode={setCode} onDemo={onDone} />;
}

function ChoosePassword({ onCode, onDemo }: { onCode: (code: string) => void; onDemo: (s: VaultStatus) => void }) {
  const [error, setErrorText] = useState<string | null>(null);
  const form = useForm<PasswordForm>({
    resolver: localized(zodResolver(contract['vault.beginSetup'].input)),
    defaultValues: { password: '', repeat: '' },
  });
  const { handleSubmit, setError, formState } = form;
  const submit = handleSubmit(async (values) => {
    setErrorText(null);
    try {
      const { recoveryCode } = await api.vault.beginSetup(values);
      onCode(recoveryCode);
    } catch (err) {
      setErrorText(applyServerErrors(err, setError, ['password', 'repeat']));
    }
  });
  return (
    <CenteredCard title={t.setup.title} help="setup">
      <Typography sx={{ mb: 2 }}>{t.setup.intro}</Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error}</Alert>}
          <FormPassword form={form} name="password" label={t.setup.password} autoFocus autoComplete="new-password" />
          <FormPassword form={form} name="repeat" label={t.setup.repeat} autoComplete="new-password" />
          <SubmitButton busy={formState.isSubmitting}>{t.setup.next}</SubmitButton>
        </Stack>
      </Box>
      <DemoButton onOpened={onDemo} />
    </CenteredCard>
  );
}

const confirmSchema = contract['vault.completeSetup'].input;

function ConfirmCode({ code, onBack, onDone }: { code: string; onBack: () => void; onDone: (s: VaultStatus, recoveryCode: string) => void }) {
  const [error, setErrorText] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof confirmSchema>>({
    resolver: localized(zodResolver(confirmSchema)),
    defaultValues: { lastGroup: '' },
  });
  const submit = handleSubmit(async (values) => {
    setErrorText(null);
    try {
      onDone(await api.vault.completeSetup(values), code);
    } catch (err) {
      setErrorText(applyServerErrors(err, setError, ['lastGroup']));
    }
  });
  return (
    <CenteredCard title={t.setup.codeTitle} help="setup-code">
      <Typography sx={{ mb: 2 }}>{t.setup.codeIntro}</Typography>
      <Box
        data-testid="recovery-code"
        sx={{
          fontFamily: 'monospace',
          fontSize: '1.4rem',
          letterSpacing: 1,
          p: 2,
          mb: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          textAlign: 'center',
          bgcolor: 'grey.50',
        }}
      >
        <RecoveryCodeText code={code} />
      </Box>
      <RecoveryCodeSheet code={code} />
      <Button variant="outlined" onClick={() => window.print()} sx={{ mb: 2 }}>
        {t.setup.print}
      </Button>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error}</Alert>}
          {/* The instruction is too long for a floating label (it would be cut off); it stands above the field in full. */}
          <Box>
            <Typography component="label" htmlFor="confirm-last-group" sx={{ display: 'block', mb: 1 }}>
              {t.setup.confirmLabel}
            </Typography>
            <TextField
              id="confirm-last-group"
              autoComplete="off"
              {...register('lastGroup')}
              error={!!formState.errors.lastGroup}
              helperText={formState.errors.lastGroup?.message}
              fullWidth
              sx={{ maxWidth: '20rem' }}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
          </Box>
          <Stack direction="row" spacing={2}>
            <Button onClick={onBack}>{t.setup.back}</Button>
            <SubmitButton busy={formState.isSubmitting}>{t.setup.finish}</SubmitButton>
          </Stack>
        </Stack>
      </Box>
    </CenteredCard>
  );
}

import { Alert, AlertTitle, Box, Link, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { VaultStatus } from '../../../common/api/vault';
import { VAULT_DAMAGE_CODES } from '../../../common/vault-states';
import { ApiError, api, errorMessage } from '../api';
import { DamagedVaultOffer } from '../backups/DamagedVaultOffer';
import { bt } from '../backups/texts';
import { CenteredCard } from '../components/CenteredCard';
import { DemoButton } from '../components/DemoButton';
import { PasswordField } from '../components/PasswordField';
import { t } from '../texts';
import { SubmitButton } from '../a11y/SubmitButton';

export function UnlockPage({ status, onUnlocked, onRecovery }: { status: VaultStatus; onUnlocked: (s: VaultStatus) => void; onRecovery: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [wait, setWait] = useState(status.retryAfterSeconds);
  /** Set when unlock found damage: the password just typed, kept in memory to restore a copy with it. */
  const [damagedWith, setDamagedWith] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, setFocus } = useForm<{ password: string }>({ defaultValues: { password: '' } });

  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  const submit = handleSubmit(async ({ password }) => {
    setError(null);
    if (!password) {
      setError(t.unlock.passwordMissing);
      return;
    }
    try {
      onUnlocked(await api.vault.unlock({ password }));
    } catch (err) {
      if (err instanceof ApiError && VAULT_DAMAGE_CODES.includes(err.code)) {
        setDamagedWith(password);
        return;
      }
      setError(errorMessage(err));
      if (err instanceof ApiError && typeof err.details?.['retryAfterSeconds'] === 'number') setWait(err.details['retryAfterSeconds']);
      reset({ password: '' });
      setFocus('password');
    }
  });

  return (
    <CenteredCard title={t.unlock.title} help="unlock">
      <Typography sx={{ mb: 2 }}>{t.unlock.intro}</Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {damagedWith !== null && <DamagedVaultOffer password={damagedWith} onUnlocked={onUnlocked} />}
          {/* Damage found by an unlock elsewhere (another tab): the password typed here brings the offer above. */}
          {damagedWith === null && status.state === 'damaged' && (
            <Alert severity="error" role="alert" data-testid="damaged-vault-known">
              <AlertTitle>{bt.damaged.title}</AlertTitle>
              {bt.damaged.explain}
            </Alert>
          )}
          {wait > 0 && <Alert severity="warning">{t.unlock.wait(wait)}</Alert>}
          <PasswordField label={t.unlock.password} autoFocus autoComplete="current-password" {...register('password')} />
          <SubmitButton busy={formState.isSubmitting} disabled={wait > 0}>
            {t.unlock.submit}
          </SubmitButton>
          <Link component="button" type="button" onClick={onRecovery} sx={{ alignSelf: 'flex-start' }}>
            {t.unlock.forgot}
          </Link>
        </Stack>
      </Box>
      <DemoButton onOpened={onUnlocked} />
    </CenteredCard>
  );
}

import { Alert, AlertTitle, Box, Link, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { VaultStatus } from '../../../common/api/vault';
import { VAULT_DAMAGE_CODES } from '../../../common/vault-states';
import { ApiError, api } from '../api';
import { DamagedVaultOffer } from '../backups/DamagedVaultOffer';
import { bt } from '../backups/texts';
import { CenteredCard } from '../components/CenteredCard';
import { DemoButton } from '../components/DemoButton';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { PasswordField } from '../components/PasswordField';
import { t } from '../texts';
import { SubmitButton } from '../a11y/SubmitButton';

export function UnlockPage({ status, onUnlocked, onRecovery }: { status: VaultStatus; onUnlocked: (s: VaultStatus) => void; onRecovery: () => void }) {
  const { run, notice, refuse } = useApiAction();
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
    if (!password) return refuse(t.unlock.passwordMissing);
    const r = await run(async () => {
      try {
        return await api.vault.unlock({ password });
      } catch (err) {
        // Damage is no wrong password: the offer to restore a copy takes the message's place.
        if (err instanceof ApiError && VAULT_DAMAGE_CODES.includes(err.code)) return null;
        if (err instanceof ApiError && typeof err.details?.['retryAfterSeconds'] === 'number') setWait(err.details['retryAfterSeconds']);
        throw err;
      }
    });
    if (r.ok && r.value) return onUnlocked(r.value);
    if (r.ok) return setDamagedWith(password);
    reset({ password: '' });
    setFocus('password');
  });

  return (
    <CenteredCard title={t.unlock.title} help="unlock">
      <Typography sx={{ mb: 2 }}>{t.unlock.intro}</Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          <NoticeAlert notice={notice} />
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

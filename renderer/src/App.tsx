import { Box, CircularProgress } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../common/api/vault';
import { a11yTexts } from './a11y/texts';
import { call, onLocked, onSessionLost, sessionLoss, type SessionLoss } from './api';
import { AppShell } from './AppShell';
import { RecoveryPage } from './pages/RecoveryPage';
import { SetupPage } from './pages/SetupPage';
import { UnlockPage } from './pages/UnlockPage';
import { SessionLostPage } from './session/SessionLostPage';

const STATUS_POLL_MS = 10_000;

/** Chooses the screen from the vault's state: set-up, unlock (or recovery), or the app itself. */
export function App() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [recovery, setRecovery] = useState(false);
  /** The recovery code of a vault set up in this session, kept in memory for the guide's print button only. */
  const [setupCode, setSetupCode] = useState<string | null>(null);
  /** Web mode only: this page lost its session or its server; one screen says so, whatever was showing. */
  const [lost, setLost] = useState<SessionLoss | null>(sessionLoss);
  useEffect(() => {
    setLost(sessionLoss());
    return onSessionLost(setLost);
  }, []);

  const refresh = useCallback(async () => {
    let s = await call('vault.status', {});
    // A set-up left half-way (page reload) starts again: its recovery code was never confirmed.
    if (s.state === 'setup-pending') s = await call('vault.cancelSetup', {});
    setStatus(s);
  }, []);

  // Locking forgets the code: on the next unlock the guide can no longer print it.
  useEffect(() => {
    if (status?.state !== 'unlocked') setSetupCode(null);
  }, [status?.state]);

  useEffect(() => {
    void refresh();
    const off = onLocked(() => void refresh());
    // The main side locks on inactivity; polling makes the screen follow without a user action.
    const id = setInterval(() => void call('vault.status', {}).then((s) => setStatus((prev) => (prev?.state === s.state ? prev : s))), STATUS_POLL_MS);
    return () => {
      off();
      clearInterval(id);
    };
  }, [refresh]);

  if (lost) return <SessionLostPage why={lost} />;
  if (!status) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', mt: 10 }}>
        <CircularProgress aria-label={a11yTexts.loading} />
      </Box>
    );
  }
  const opened = (s: VaultStatus, recoveryCode?: string) => {
    setRecovery(false);
    setSetupCode(recoveryCode ?? null);
    setStatus(s);
  };
  switch (status.state) {
    case 'no-vault':
    case 'setup-pending':
      return <SetupPage onDone={opened} />;
    case 'locked':
      return recovery ? (
        <RecoveryPage onUnlocked={opened} onBack={() => setRecovery(false)} />
      ) : (
        <UnlockPage status={status} onUnlocked={opened} onRecovery={() => setRecovery(true)} />
      );
    case 'unlocked':
      return <AppShell status={status} onLocked={setStatus} recoveryCode={setupCode} onForgetRecoveryCode={() => setSetupCode(null)} />;
  }
}

import { Box, CircularProgress } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../common/api/vault';
import { a11yTexts } from './a11y/texts';
import { api, onLocked, onSessionLost, onVaultState, sessionLoss, type SessionLoss } from './api';
import { AppShell } from './AppShell';
import { RecoveryPage } from './pages/RecoveryPage';
import { SetupPage } from './pages/SetupPage';
import { UnlockPage } from './pages/UnlockPage';
import { SessionLostPage } from './session/SessionLostPage';

/** Keeps the screen when nothing it shows changed, so an event about this tab's own action does not re-render it. */
const sameScreen = (a: VaultStatus | null, b: VaultStatus) => a?.state === b.state && a.demo === b.demo && a.autoLockSeconds === b.autoLockSeconds;

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
    let s = await api.vault.status({});
    // A set-up left half-way (page reload) starts again: its recovery code was never confirmed.
    if (s.state === 'setup-pending') s = await api.vault.cancelSetup({});
    setStatus(s);
  }, []);

  // Locking forgets the code: on the next unlock the guide can no longer print it.
  useEffect(() => {
    if (status?.state !== 'unlocked') setSetupCode(null);
  }, [status?.state]);

  useEffect(() => {
    void refresh();
    const off = onLocked(() => void refresh());
    // The main side says when the vault changes on its own (idle lock, damage, the demo closed) or from another tab.
    const stop = onVaultState((s) => setStatus((prev) => (sameScreen(prev, s) ? prev : s)));
    return () => {
      off();
      stop();
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
    case 'damaged':
      return recovery ? (
        <RecoveryPage onUnlocked={opened} onBack={() => setRecovery(false)} />
      ) : (
        <UnlockPage status={status} onUnlocked={opened} onRecovery={() => setRecovery(true)} />
      );
    case 'unlocked':
      return <AppShell status={status} onLocked={setStatus} recoveryCode={setupCode} onForgetRecoveryCode={() => setSetupCode(null)} />;
  }
}

import { Alert, Box, Button, CircularProgress, Paper, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../../common/api/vault';
import { FIRST_RUN_STEPS, firstRunStartStep, firstRunStateAfterClosing, type FirstRunState } from '../../../common/first-run';
import type { Settings } from '../../../common/settings';
import { api, errorMessage } from '../api';
import { navigate } from '../router';
import { t } from '../texts';
import { BackupStep } from './BackupStep';
import { DemoStep } from './DemoStep';
import { MunicipalityStep } from './MunicipalityStep';
import { PartnersStep } from './PartnersStep';
import { RecoveryStep } from './RecoveryStep';
import { ft } from './texts';

export const GUIDE_PATH = '/startgids';

/**
 * The first-run guide: five steps after set-up, each skippable. Where it stands is kept in the vault's
 * settings, so a guide left half-way opens at the same step on the next unlock.
 */
export function FirstRunGuide({
  recoveryCode,
  onForgetRecoveryCode,
  onStatus,
}: {
  /** Only right after set-up, and only in memory. */
  recoveryCode: string | null;
  onForgetRecoveryCode: () => void;
  onStatus: (s: VaultStatus) => void;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    api.settings.get({}).then(
      (s) => {
        setSettings(s);
        setStep(firstRunStartStep(s.firstRunGuide, s.firstRunStep));
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);

  // A screen-reader user hears the new step's title after each move, not silence.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  if (!settings) {
    return error ? <Alert severity="error">{error}</Alert> : <CircularProgress aria-label={t.common.loading} />;
  }
  const state: FirstRunState = settings.firstRunGuide;

  const goTo = (n: number) => {
    moved.current = true;
    setError(null);
    setStep(n);
    // Remembering the step is a convenience for the next unlock; a failure here must not stop the guide.
    if (state === 'pending') api.settings.update({ firstRunStep: n }).catch(() => undefined);
  };
  const next = () => goTo(step + 1);
  const back = () => goTo(step - 1);

  const leave = async (nextState: FirstRunState) => {
    await api.settings.update({ firstRunGuide: nextState });
    onForgetRecoveryCode();
    navigate('/');
  };
  const close = () => void leave(firstRunStateAfterClosing(state)).catch((err: unknown) => setError(errorMessage(err)));

  const openDemo = async () => {
    await api.settings.update({ firstRunGuide: 'finished' });
    onForgetRecoveryCode();
    navigate('/');
    onStatus(await api.vault.openDemo({}));
  };

  const id = FIRST_RUN_STEPS[step]!;
  return (
    <Box sx={{ maxWidth: 880 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1" gutterBottom>
            {ft.title}
          </Typography>
          <Typography color="text.secondary">{ft.intro}</Typography>
        </Box>
        <Button onClick={close} sx={{ flexShrink: 0 }}>
          {ft.close}
        </Button>
      </Box>
      <Stepper activeStep={step} alternativeLabel sx={{ my: 3 }} aria-label={ft.stepsLabel} component="ol">
        {FIRST_RUN_STEPS.map((s) => (
          <Step key={s} component="li">
            <StepLabel optional={s === 'demo' ? <Typography variant="caption">{ft.optional}</Typography> : undefined}>{ft.steps[s]}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="overline" component="p" color="text.secondary">
          {ft.stepCount(step + 1, FIRST_RUN_STEPS.length)}
        </Typography>
        <Typography variant="h6" component="h2" gutterBottom ref={heading} tabIndex={-1} sx={{ outline: 'none' }}>
          {ft.steps[id]}
        </Typography>
        {id === 'gemeente' && (
          <>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {ft.municipality.intro}
            </Typography>
            <MunicipalityStep
              settings={settings}
              onSettings={setSettings}
              onSaved={(s) => {
                setSettings(s);
                next();
              }}
              onLater={next}
            />
          </>
        )}
        {id === 'herstelcode' && <RecoveryStep code={recoveryCode} onBack={back} onLater={next} onNext={next} />}
        {id === 'reservekopieen' && <BackupStep onBack={back} onLater={next} onNext={next} />}
        {id === 'partners' && <PartnersStep onBack={back} onLater={next} onNext={next} />}
        {id === 'demo' && <DemoStep onBack={back} onOpenDemo={openDemo} onFinish={() => leave('finished')} />}
      </Paper>
    </Box>
  );
}

import { Alert, AlertTitle, Button } from '@mui/material';
import { useEffect, useState } from 'react';
import type { AftercareView } from '../../../common/aftercare/types';
import { api } from '../api';
import { at } from './texts';

/** The flag at the top of a dossier whose client could not be reached the configured number of times in a row. */
export function UnreachableBanner({ dossierId, version, onOpen }: { dossierId: number; version: number; onOpen: () => void }) {
  const [view, setView] = useState<AftercareView | null>(null);
  useEffect(() => {
    // The tab shows errors; the banner only adds a signal when there is one.
    api.aftercare.get({ dossierId }).then(setView, () => setView(null));
  }, [dossierId, version]);
  if (!view?.unreachable) return null;
  return (
    <Alert
      severity="error"
      data-testid="dossier-unreachable"
      action={
        <Button color="inherit" onClick={onOpen}>
          {at.tab}
        </Button>
      }
    >
      <AlertTitle>{at.attempts.flagTitle}</AlertTitle>
      {at.attempts.flag(view.failedAttempts)}
    </Alert>
  );
}

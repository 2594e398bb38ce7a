import { Alert, Button, Link } from '@mui/material';
import type { DuplicateCandidate } from '../../../common/dossiers/types';
import { formatDateNl } from '../../../common/dates';
import { statusLabel } from '../i18n/labels';
import { dt } from '../dossiers/texts';

/**
 * What a new dossier collides with: the dossier that already has its BSN (refused, with a link to it), or its likely
 * twins by name and date of birth (each a link, and one button that creates the new dossier anyway, in the calling
 * screen's own words).
 */
export function DuplicateCandidates({
  existingId,
  candidates,
  intro,
  confirmLabel,
  onConfirm,
}: {
  existingId: number | null;
  candidates: readonly DuplicateCandidate[] | null;
  intro: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  return (
    <>
      {existingId !== null && (
        <Alert severity="warning">
          {dt.create.duplicateBsn} <Link href={`#/dossiers/${existingId}`}>{dt.create.openExisting}</Link>
        </Alert>
      )}
      {candidates && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" onClick={onConfirm}>
              {confirmLabel}
            </Button>
          }
        >
          {intro}
          <ul>
            {candidates.map((c) => (
              <li key={c.id}>
                <Link href={`#/dossiers/${c.id}`}>
                  {c.name} ({formatDateNl(c.geboortedatum)}, {statusLabel(c.status)})
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}

import { Alert, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { api } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { DocumentActions } from '../documents/DocumentActions';
import type { Notice } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { AftercareSection } from './AftercareSection';
import { ContactAttemptsSection } from './ContactAttemptsSection';
import { DayOneSection } from './DayOneSection';
import { FirstContactSection } from './FirstContactSection';
import { FollowupsSection } from './FollowupsSection';
import { at } from './texts';
import type { AftercareSave } from './useAftercareForm';

/** The dossier's "Na vrijlating" tab: day-one record, first contact, follow-up moments, contact attempts. */
export function AftercareTab({ dossierId, onChanged }: { dossierId: number; onChanged: () => void }) {
  const { data: view, error, setData } = useApiData(() => api.aftercare.get({ dossierId }), dossierId);
  const [saved, setSaved] = useState<Notice | null>(null);
  const save: AftercareSave = {
    saved: (next) => {
      setData(next);
      setSaved({ severity: 'success', text: at.saved });
      onChanged();
    },
    started: () => setSaved(null),
  };
  if (!view) return error ? <Alert severity="error">{error}</Alert> : <Typography>{at.loading}</Typography>;
  return (
    <Stack spacing={2}>
      <NoticeAlert notice={saved} role="status" />
      {!view.releaseDate ? (
        <Alert severity="info">{at.notReleased}</Alert>
      ) : (
        <>
          <AftercareSection title={at.dayOne.title} testId="day-one">
            <DayOneSection view={view} save={save} />
          </AftercareSection>
          <AftercareSection title={at.first.title} testId="first-contact-section">
            <FirstContactSection view={view} save={save} />
          </AftercareSection>
          <AftercareSection title={at.followups.title} testId="followups">
            <FollowupsSection view={view} save={save} />
          </AftercareSection>
        </>
      )}
      <AftercareSection title={at.sheet.title} testId="release-sheet">
        <Typography variant="body2" sx={{ mb: 1 }}>
          {at.sheet.intro}
        </Typography>
        <Stack spacing={1}>
          <DocumentActions label={at.sheet.nl} make={() => api.documents.releaseSheet({ dossierId: view.dossierId, language: 'nl' })} />
          <DocumentActions label={at.sheet.en} make={() => api.documents.releaseSheet({ dossierId: view.dossierId, language: 'en' })} />
        </Stack>
      </AftercareSection>
      <AftercareSection title={at.attempts.title} testId="contact-attempts">
        <ContactAttemptsSection view={view} save={save} onPlanChanged={onChanged} />
      </AftercareSection>
    </Stack>
  );
}

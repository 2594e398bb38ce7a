import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { correctDayOneSchema } from '../../../common/api/aftercare';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates';
import type { AftercareView, DayOneEntry } from '../../../common/aftercare/types';
import { BASIS_STATES } from '../../../common/plan/basisvoorwaarden';
import { api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { FormText } from '../components/FormText';
import { basisLabel, basisStateLabel } from '../i18n/labels';
import { AftercareDialog } from './AftercareDialog';
import { at } from './texts';
import { useAftercareForm, type AftercareSave } from './useAftercareForm';

/** The correction's fields, checked by the contract's rules; the dossier and the line come from the row. */
const correctionFields = correctDayOneSchema.pick({ state: true, note: true, reason: true });

function CorrectDayOneDialog({ entry, dossierId, save, onClose }: { entry: DayOneEntry; dossierId: number; save: AftercareSave; onClose: () => void }) {
  const { bind, notice, submit } = useAftercareForm(correctionFields, { state: entry.state, note: entry.note, reason: '' }, save);
  const send = submit((v) => api.aftercare.correctDayOne({ dossierId, key: entry.key, ...v }), onClose);
  return (
    <AftercareDialog
      id="day-one-correct-title"
      title={at.dayOne.correctTitle(basisLabel(entry.key))}
      notice={notice}
      onClose={onClose}
      onSave={() => void send()}
    >
      <FormChoice form={bind} name="state" label={at.dayOne.state} options={BASIS_STATES} labelOf={basisStateLabel} sx={{ minWidth: 220 }} />
      <FormText form={bind} name="note" label={at.note} />
      <FormText form={bind} name="reason" label={at.dayOne.reason} required multiline minRows={2} />
    </AftercareDialog>
  );
}

/** The basisvoorwaarden as they stood on the day of release; a line is corrected with a reason. */
export function DayOneSection({ view, save }: { view: AftercareView; save: AftercareSave }) {
  const [editing, setEditing] = useState<DayOneEntry | null>(null);
  const rec = view.dayOne;
  if (!rec) return <Typography color="text.secondary">{at.dayOne.none}</Typography>;
  return (
    <>
      <Typography sx={{ mb: 1 }}>{at.dayOne.intro(formatDateNl(rec.releaseDate), formatDateTimeNl(rec.recordedAt))}</Typography>
      <Table size="small" aria-label={at.dayOne.title}>
        <TableHead>
          <TableRow>
            <TableCell>{at.dayOne.basis}</TableCell>
            <TableCell>{at.dayOne.state}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rec.entries.map((e) => (
            <TableRow key={e.key} data-testid="day-one-row" data-key={e.key} data-state={e.state}>
              <TableCell>{basisLabel(e.key)}</TableCell>
              <TableCell>
                {basisStateLabel(e.state)}
                {e.note ? ` (${e.note})` : ''}
                {e.correctedAt && (
                  <Typography variant="body2" color="text.secondary">
                    {at.dayOne.corrected(formatDateNl(e.correctedAt.slice(0, 10)), e.correctionReason)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Button size="small" onClick={() => setEditing(e)}>
                  {at.dayOne.correct(basisLabel(e.key))}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <CorrectDayOneDialog entry={editing} dossierId={view.dossierId} save={save} onClose={() => setEditing(null)} />}
    </>
  );
}

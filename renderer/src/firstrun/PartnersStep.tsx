import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { FIRST_RUN_PARTNER_TYPES, type PartnerType } from '../../../common/plan/partners';
import type { PartnerView } from '../../../common/plan/types';
import { ApiError, api, errorMessage, refusedMessage } from '../api';
import { partnerTypeLabel } from '../i18n/labels';
import { pst } from '../plan/partner-setup-texts';
import { StepActions } from './StepActions';
import { ft } from './texts';

const COLUMNS = ['name', 'contactName', 'email', 'phone'] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, string>;
const EMPTY: Row = { name: '', contactName: '', email: '', phone: '' };

const columnLabel = (c: Column) => (c === 'name' ? pst.step.name : c === 'contactName' ? pst.step.contact : c === 'email' ? pst.step.email : pst.step.phone);
const filled = (r: Row) => COLUMNS.some((c) => r[c].trim() !== '');

/**
 * Step 4: the municipality's own partners, so actions can be assigned from day one. A ready list of the kinds a
 * coordinator works with; only filled rows are saved, all in one go (the main side saves all or none).
 */
export function PartnersStep({ onBack, onLater, onNext }: { onBack: () => void; onLater: () => void; onNext: () => void }) {
  const [existing, setExisting] = useState<PartnerView[]>([]);
  const [rows, setRows] = useState<Record<PartnerType, Row>>(
    () => Object.fromEntries(FIRST_RUN_PARTNER_TYPES.map((t) => [t, { ...EMPTY }])) as Record<PartnerType, Row>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.partners.list({}).then(setExisting, (err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }));
  }, []);

  const save = async () => {
    const toSave = FIRST_RUN_PARTNER_TYPES.filter((t) => filled(rows[t]));
    if (toSave.length === 0) return onNext();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const created = await api.partners.createMany({
        partners: toSave.map((type) => ({ type, note: '', ...rows[type] })),
      });
      setMessage({ severity: 'success', text: pst.step.saved(created.length) });
      onNext();
    } catch (err) {
      // The main side names fields as partners.<n>.<field>, n counting the rows sent.
      const marked: Record<string, string> = {};
      const unplaced: [string, string][] = [];
      if (err instanceof ApiError)
        for (const [path, msg] of Object.entries(err.fields)) {
          const m = /^partners\.(\d+)\.(\w+)$/.exec(path);
          const type = m ? toSave[Number(m[1])] : undefined;
          const column = m?.[2] === 'type' ? 'name' : m?.[2];
          if (type && column) marked[`${type}.${column}`] = msg;
          else unplaced.push([path, msg]);
        }
      setErrors(marked);
      // A message already on its field is not repeated above the form; any other refused field is named in words.
      const text =
        err instanceof ApiError && unplaced.length === 0
          ? err.message
          : err instanceof ApiError
            ? refusedMessage(err, unplaced, Object.keys(marked).length > 0)
            : errorMessage(err);
      setMessage({ severity: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <Stack spacing={2}>
        <Typography>{pst.step.intro}</Typography>
        {existing.length > 0 && (
          <Typography data-testid="partners-already">
            {pst.step.already} {existing.map((p) => p.name).join(', ')}
          </Typography>
        )}
        {message && (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
        <Table size="small" aria-label={ft.steps.partners}>
          <TableHead>
            <TableRow>
              <TableCell>{pst.step.type}</TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c}>{columnLabel(c)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {FIRST_RUN_PARTNER_TYPES.map((type) => (
              <TableRow key={type} data-testid={`partner-row-${type}`}>
                <TableCell component="th" scope="row">
                  {partnerTypeLabel(type)}
                </TableCell>
                {COLUMNS.map((c) => {
                  const error = errors[`${type}.${c}`];
                  return (
                    <TableCell key={c} sx={{ verticalAlign: 'top' }}>
                      <TextField
                        size="small"
                        fullWidth
                        type={c === 'email' ? 'email' : c === 'phone' ? 'tel' : 'text'}
                        value={rows[type][c]}
                        onChange={(e) => setRows((r) => ({ ...r, [type]: { ...r[type], [c]: e.target.value } }))}
                        error={!!error}
                        helperText={error}
                        slotProps={{ htmlInput: { 'aria-label': pst.step.fieldLabel(columnLabel(c), partnerTypeLabel(type)) } }}
                      />
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
      <StepActions onBack={onBack} onLater={onLater} primary={ft.saveAndNext} busy={busy} />
    </Box>
  );
}

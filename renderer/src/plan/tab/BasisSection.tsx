import { MenuItem, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { formatDateNl } from '../../../../common/dates';
import { BASIS_STATES, isOfficialBasis, type BasisKey, type BasisState } from '../../../../common/plan/basisvoorwaarden';
import type { PlanView } from '../../../../common/plan/types';
import { api } from '../../api';
import { basisInOrderText, basisLabel, basisStateLabel } from '../../i18n/labels';
import { tp } from '../texts';
import { type Run, Section } from './Section';

export function BasisSection({ plan, run }: { plan: PlanView; run: Run }) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  useEffect(() => setNotes(Object.fromEntries(plan.basis.map((b) => [b.key, b.note]))), [plan.basis]);
  const save = (key: BasisKey, state: BasisState, note: string) => void run(() => api.plans.setBasis({ dossierId: plan.dossierId, key, state, note }));
  return (
    <Section title={tp.plan.basisHeading} testId="basis">
      <Table size="small">
        <TableBody>
          {plan.basis.map((b) => {
            const name = basisLabel(b.key);
            return (
              <TableRow key={b.key} data-testid={`basis-${b.key}`}>
                <TableCell>
                  <Typography sx={{ fontWeight: isOfficialBasis(b.key) ? 600 : 400 }}>{name}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {basisInOrderText(b.key)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={b.state}
                    onChange={(e) => save(b.key, e.target.value as BasisState, notes[b.key] ?? '')}
                    slotProps={{ htmlInput: { 'aria-label': `${name}: ${tp.plan.basisState}` } }}
                  >
                    {BASIS_STATES.map((s) => (
                      <MenuItem key={s} value={s}>
                        {basisStateLabel(s)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  <TextField
                    size="small"
                    fullWidth
                    value={notes[b.key] ?? ''}
                    onChange={(e) => setNotes((x) => ({ ...x, [b.key]: e.target.value }))}
                    onBlur={() => (notes[b.key] ?? '') !== b.note && save(b.key, b.state, notes[b.key] ?? '')}
                    slotProps={{ htmlInput: { 'aria-label': `${name}: ${tp.plan.basisNote}`, maxLength: 300 } }}
                  />
                </TableCell>
                <TableCell>
                  <Typography variant="caption" color="text.secondary">
                    {b.changedOn ? tp.plan.basisChanged(formatDateNl(b.changedOn)) : tp.plan.basisNever}
                  </Typography>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}

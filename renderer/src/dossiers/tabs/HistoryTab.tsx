import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { formatDateNl, formatDateTimeNl } from '../../../../common/dates';
import type { ContactRole } from '../../../../common/dossiers/schema';
import type { ClosingReason, DossierStatus } from '../../../../common/dossiers/status';
import { aanhefLabel, closingReasonLabel, contactRoleLabel, statusLabel } from '../../i18n/labels';
import type { HistoryEntry } from '../../../../common/dossiers/types';
import type { Aanhef } from '../../../../common/people/names';
import { api, errorMessage } from '../../api';
import { dt } from '../texts';
import { planHistoryLabel } from '../../plan/historyLabels';

const DATE_VALUE_FIELDS = new Set(['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating', 'werkelijkeVrijlating']);

function fieldLabel(field: string): string {
  const plan = planHistoryLabel(field);
  if (plan) return plan;
  const fields = dt.fields as Record<string, string>;
  if (fields[field]) return fields[field].replace(/ \((dd-mm-jjjj|dd-mm-yyyy)\)$/, '');
  const lists = dt.history.listFields as Record<string, string>;
  if (field.startsWith('contact.')) return `${lists['contact']} (${contactRoleLabel(field.slice(8) as ContactRole)})`;
  return lists[field] ?? field;
}

function valueLabel(field: string, v: string | null): string {
  if (v === null) return '—';
  if (field === 'status') return statusLabel(v as DossierStatus);
  if (field === 'closingReason') return closingReasonLabel(v as ClosingReason);
  if (field === 'reclasseringToezicht') return dt.toezicht[v as 'ja' | 'nee' | 'onbekend'] ?? v;
  if (field === 'aanhef') return aanhefLabel(v as Aanhef);
  if (DATE_VALUE_FIELDS.has(field) || field === 'consent.withdrawn') return formatDateNl(v) || v;
  return v;
}

export function HistoryTab({ dossierId, version }: { dossierId: number; version: string }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.dossiers.history({ id: dossierId }).then(setEntries, (err: unknown) => setError(errorMessage(err)));
  }, [dossierId, version]);
  const h = dt.history;
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!entries) return null;
  if (entries.length === 0) return <Typography color="text.secondary">{h.none}</Typography>;
  return (
    <Table size="small" aria-label={dt.detail.tabs.history}>
      <TableHead>
        <TableRow>
          <TableCell>{h.at}</TableCell>
          <TableCell>{h.field}</TableCell>
          <TableCell>{h.old}</TableCell>
          <TableCell>{h.new}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTimeNl(e.at)}</TableCell>
            <TableCell>{e.field === 'status' && e.oldValue === null ? h.created : fieldLabel(e.field)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{valueLabel(e.field, e.oldValue)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{valueLabel(e.field, e.newValue)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

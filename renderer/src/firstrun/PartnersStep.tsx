import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import { FIRST_RUN_PARTNER_TYPES, partnerBatchSchema, type PartnerType } from '../../../common/plan/partners';
import { api } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { useApiForm } from '../hooks/useApiForm';
import { partnerTypeLabel } from '../i18n/labels';
import { pst } from '../plan/partner-setup-texts';
import { StepActions } from './StepActions';
import { ft } from './texts';

const COLUMNS = ['name', 'contactName', 'email', 'phone'] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, string>;
type Values = Record<PartnerType, Row>;
const EMPTY: Row = { name: '', contactName: '', email: '', phone: '' };

const columnLabel = (c: Column) => (c === 'name' ? pst.step.name : c === 'contactName' ? pst.step.contact : c === 'email' ? pst.step.email : pst.step.phone);
/** Every field the main side can name: partners.<n>.<field> for each row that can be sent. */
const SENT_FIELDS = FIRST_RUN_PARTNER_TYPES.flatMap((_, i) => [...COLUMNS, 'type'].map((c) => `partners.${i}.${c}`));
const filled = (r: Row) => COLUMNS.some((c) => r[c].trim() !== '');

/** A row left empty is no partner; a filled row is checked by the contract's rule for one partner of the batch. */
const row = partnerBatchSchema.shape.partners.element.omit({ type: true, note: true });
const optionalRow = z.preprocess((r) => (filled(r as Row) ? r : undefined), row.optional());
const partnersFields = z.object(Object.fromEntries(FIRST_RUN_PARTNER_TYPES.map((t) => [t, optionalRow])) as Record<PartnerType, typeof optionalRow>);

/**
 * Step 4: the municipality's own partners, so actions can be assigned from day one. A ready list of the kinds a
 * coordinator works with; only filled rows are saved, all in one go (the main side saves all or none).
 */
export function PartnersStep({ onBack, onLater, onNext }: { onBack: () => void; onLater: () => void; onNext: () => void }) {
  const existing = useApiData(() => api.partners.list({}));
  const { form, bind } = useApiForm(partnersFields, Object.fromEntries(FIRST_RUN_PARTNER_TYPES.map((t) => [t, { ...EMPTY }])) as Values);
  // The main side names fields as partners.<n>.<field>, n counting the rows sent (a refused type marks the name).
  const [sent, setSent] = useState<PartnerType[]>([]);
  const { run, busy, notice, fields } = useApiAction(SENT_FIELDS);
  const { setError } = form;
  useEffect(() => {
    for (const [path, message] of Object.entries(fields)) {
      const [, n, field] = path.split('.');
      const type = sent[Number(n)];
      if (type) setError(`${type}.${field === 'type' ? 'name' : field}` as Path<Values>, { type: 'server', message });
    }
  }, [fields, sent, setError]);

  const save = form.handleSubmit(async (v) => {
    const toSave = FIRST_RUN_PARTNER_TYPES.filter((t) => v[t]);
    if (toSave.length === 0) return onNext();
    setSent(toSave);
    const r = await run(
      () => api.partners.createMany({ partners: toSave.map((type) => ({ type, note: '', ...v[type]! })) }),
      (created) => pst.step.saved(created.length),
    );
    if (r.ok) onNext();
  });

  return (
    <Box component="form" noValidate onSubmit={(e) => void save(e)}>
      <Stack spacing={2}>
        <Typography>{pst.step.intro}</Typography>
        {!!existing.data?.length && (
          <Typography data-testid="partners-already">
            {pst.step.already} {existing.data.map((p) => p.name).join(', ')}
          </Typography>
        )}
        <NoticeAlert notice={existing.error ? { severity: 'error', text: existing.error } : notice} />
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
                  const name = `${type}.${c}` as Path<Values>;
                  return (
                    <TableCell key={c} sx={{ verticalAlign: 'top' }}>
                      <FormText
                        form={bind}
                        name={name}
                        label=""
                        size="small"
                        type={c === 'email' ? 'email' : c === 'phone' ? 'tel' : 'text'}
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

import { Box, Button, Checkbox, FormControlLabel, FormGroup, FormLabel, List, ListItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { exportInputSchema } from '../../../common/api/exchange';
import { EXCHANGE_SECTIONS, type ExchangeSection } from '../../../common/exchange/payload';
import { formatDateNl } from '../../../common/dates';
import { api, errorMessage } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { FormPassword } from '../components/PasswordField';
import { schemaResolver } from '../dossiers/resolver';
import { useRefusedFieldsOnForm } from '../hooks/useRefusedFieldsOnForm';
import { useApiAction } from '../hooks/useApiAction';
import { saveDownload } from './download';
import { listName } from '../../../common/people/names';
import { RecipientPurposeFields } from './RecipientPurposeFields';
import { tx } from './texts';

const fieldsSchema = exportInputSchema.pick({ recipient: true, purpose: true, passphrase: true });

interface Picked {
  id: number;
  label: string;
}

function personLabel(d: { achternaam: string; tussenvoegsel: string; voornamen: string; geboortedatum: string | null }): string {
  const name = listName(d);
  return d.geboortedatum ? `${name} (${formatDateNl(d.geboortedatum)})` : name;
}

/** Export wizard: pick dossiers, tick sections, say to whom and why, agree a passphrase, save the file. */
export function ExportPanel({ initialIds = [] }: { initialIds?: number[] }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Picked[]>([]);
  const [picked, setPicked] = useState<Map<number, string>>(new Map(initialIds.map((id) => [id, `#${id}`])));
  const [sections, setSections] = useState<Set<ExchangeSection>>(new Set(['person', 'detention', 'contacts', 'plan', 'actions']));
  const form = useForm<z.input<typeof fieldsSchema>, unknown, z.output<typeof fieldsSchema>>({
    resolver: schemaResolver(fieldsSchema),
    defaultValues: { recipient: '', purpose: '', passphrase: '' },
  });
  const { run, busy, notice, fields, refuse } = useApiAction(['recipient', 'purpose', 'passphrase']);
  useRefusedFieldsOnForm(form, fields);

  const propose = () =>
    api.exchange.proposePassphrase({}).then(
      (r) => form.setValue('passphrase', r.passphrase),
      (err: unknown) => refuse(errorMessage(err)),
    );
  useEffect(() => {
    void propose();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      api.dossiers.list({ query, limit: 50 }).then(
        (r) => setResults(r.items.map((d) => ({ id: d.id, label: personLabel(d) }))),
        (err: unknown) => refuse(errorMessage(err)),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  const toggle = (p: Picked) => {
    const next = new Map(picked);
    if (next.has(p.id)) next.delete(p.id);
    else next.set(p.id, p.label);
    setPicked(next);
  };
  const toggleSection = (s: ExchangeSection) => {
    const next = new Set(sections);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setSections(next);
  };

  const send = form.handleSubmit(async (values) => {
    await run(
      () => api.exchange.export({ ...values, dossierIds: [...picked.keys()], sections: [...sections] }),
      (file) => {
        saveDownload(file);
        return tx.exchange.exported(file.dossiers);
      },
    );
  });
  // A dossier first: without one, nothing else is worth checking.
  const submit = () => (picked.size === 0 ? refuse(tx.exchange.chooseDossier) : send());

  return (
    <Stack spacing={2} sx={{ maxWidth: 820 }}>
      <TextField label={tx.exchange.search} value={query} onChange={(e) => setQuery(e.target.value)} size="small" />
      <Box sx={{ maxHeight: 260, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        {results.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {tx.exchange.noResults}
          </Typography>
        ) : (
          <List dense aria-label={tx.exchange.searchResults}>
            {results.map((r) => (
              <ListItem key={r.id} sx={{ py: 0 }}>
                <FormControlLabel control={<Checkbox checked={picked.has(r.id)} onChange={() => toggle(r)} />} label={r.label} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
      <Typography aria-live="polite">{tx.exchange.selected(picked.size)}</Typography>
      <FormGroup>
        <FormLabel component="legend">{tx.exchange.sections}</FormLabel>
        {EXCHANGE_SECTIONS.map((s) => (
          <FormControlLabel
            key={s}
            control={<Checkbox checked={s === 'person' || sections.has(s)} disabled={s === 'person'} onChange={() => toggleSection(s)} />}
            label={s === 'costs' ? tx.costsTick : tx.sectionLabels[s]}
          />
        ))}
        <Typography variant="caption" color="text.secondary">
          {tx.exchange.personAlways}
        </Typography>
      </FormGroup>
      <RecipientPurposeFields form={form} multilinePurpose />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        {/* Shown at first: the proposal is there to be read out on the phone. */}
        <FormPassword
          form={form}
          name="passphrase"
          canShow
          label={tx.exchange.passphrase}
          helperText={tx.exchange.passphraseHelp}
          slotProps={{ inputLabel: { shrink: true } }}
          initiallyShown
          sx={{ flexGrow: 1 }}
          inputStyle={{ fontSize: '1.2rem', letterSpacing: '0.02em' }}
        />
        <Button onClick={() => void propose()} sx={{ mt: 1 }}>
          {tx.exchange.newProposal}
        </Button>
      </Stack>
      <NoticeAlert notice={notice} />
      <Button variant="contained" onClick={() => void submit()} disabled={busy} sx={{ alignSelf: 'flex-start' }}>
        {tx.exchange.makeFile}
      </Button>
    </Stack>
  );
}

import { Alert, Box, Button, Link, Stack, Typography } from '@mui/material';
import { DataTable } from '../components/DataTable';
import { useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { contactInputSchema } from '../../../common/plan/partners';
import { actionStatusLabel, partnerTypeLabel } from '../i18n/labels';
import { ApiError, api, errorMessage } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { useApiData } from '../hooks/useApiData';
import { navigate } from '../router';
import { DueChip } from './DueChip';
import { ItemList } from './ItemList';
import { PartnerForm } from './PartnerForm';
import { tp } from './texts';

interface OpenAction {
  id: number;
  dossierId: number;
  title: string;
  deadline: string | null;
}

/** One partner: details, contact persons, its open actions with overdue flags, and removal. */
export function PartnerPage({ id }: { id: number }) {
  const { data: p, error: loadError, refresh } = useApiData(() => api.partners.get({ id }), id);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loadError;
  const load = () => void refresh();
  const [refused, setRefused] = useState<OpenAction[] | null>(null);
  const [editing, setEditing] = useState(false);
  const contact = useApiForm(contactInputSchema, { name: '', role: '', email: '', phone: '' });

  async function remove() {
    setRefused(null);
    if (!window.confirm(tp.partners.removeConfirm)) return;
    try {
      await api.partners.remove({ id });
      navigate('/partners');
    } catch (err) {
      if (err instanceof ApiError && Array.isArray(err.details?.['openActions'])) {
        setError(err.message);
        setRefused(err.details['openActions'] as OpenAction[]);
      } else setError(errorMessage(err));
    }
  }
  const addContact = contact.form.handleSubmit(async (v) => {
    const done = await contact.run(() => api.partners.addContact({ partnerId: id, ...v }));
    if (!done.ok) return;
    contact.form.reset();
    load();
  });

  if (!p) return error ? <Alert severity="error">{error}</Alert> : <Typography>{tp.common.loading}</Typography>;
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Link href="#/partners">{tp.partners.back}</Link>
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
        {p.name}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        {partnerTypeLabel(p.type)} {p.email && `· ${p.email}`} {p.phone && `· ${p.phone}`}
      </Typography>
      {p.note && <Typography sx={{ mb: 1 }}>{p.note}</Typography>}
      {error && (
        <Alert severity="error" sx={{ my: 1 }} data-testid="partner-error">
          {error}
          {refused && (
            <ItemList items={refused} primary={(a) => <Link href={`#/dossiers/${a.dossierId}`}>{a.title}</Link>} secondary={(a) => formatDateNl(a.deadline)} />
          )}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <Button variant="outlined" onClick={() => setEditing(true)}>
          {tp.common.edit}
        </Button>
        {!p.archived && (
          <Button color="error" onClick={() => void remove()}>
            {tp.common.remove}
          </Button>
        )}
      </Stack>

      <Typography variant="h6" component="h2">
        {tp.partners.actions}
      </Typography>
      <DataTable
        sx={{ mb: 2 }}
        rows={p.actions}
        rowKey={(a) => a.id}
        rowProps={(a) => ({ 'data-testid': 'partner-action', 'data-due': a.due })}
        empty={tp.partners.noActions}
        columns={[
          { label: tp.action.clientLabel, cell: (a) => <Link href={`#/dossiers/${a.dossierId}`}>{a.clientRef}</Link> },
          { label: tp.action.what, cell: (a) => a.title },
          { label: tp.action.contact, cell: (a) => a.contactName ?? '' },
          {
            label: tp.action.deadlineColumn,
            cell: (a) => (
              <>
                {formatDateNl(a.deadline)}
                <DueChip due={a.due} />
              </>
            ),
          },
          { label: tp.action.status, cell: (a) => actionStatusLabel(a.status) },
        ]}
      />

      <Typography variant="h6" component="h2">
        {tp.partners.contacts}
      </Typography>
      <ItemList
        items={p.contacts}
        primary={(c) => `${c.name}${c.role ? ` (${c.role})` : ''}`}
        secondary={(c) => [c.email, c.phone].filter(Boolean).join(' · ')}
        actions={(c) => (
          <Button size="small" onClick={() => void api.partners.removeContact({ id: c.id }).then(load, (err: unknown) => setError(errorMessage(err)))}>
            {tp.common.remove}
          </Button>
        )}
      />
      <NoticeAlert notice={contact.notice} sx={{ mb: 1 }} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} component="form" noValidate onSubmit={(e) => void addContact(e)}>
        {(['name', 'role', 'email', 'phone'] as const).map((f) => (
          <FormText
            key={f}
            form={contact.bind}
            name={f}
            size="small"
            fullWidth={false}
            label={{ name: tp.partners.contactName, role: tp.partners.contactRole, email: tp.partners.email, phone: tp.partners.phone }[f]}
          />
        ))}
        <Button type="submit" variant="outlined" disabled={contact.busy}>
          {tp.partners.contactAdd}
        </Button>
      </Stack>
      <PartnerForm open={editing} partner={p} onClose={() => setEditing(false)} onSaved={load} />
    </Box>
  );
}

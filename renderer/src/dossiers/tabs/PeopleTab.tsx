import { Alert, Button, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { contactRoleLabel } from '../../i18n/labels';
import type { Contact, DossierDetail } from '../../../../common/dossiers/types';
import { api, errorMessage } from '../../api';
import { ContactForm, EMPTY_CONTACT, type ContactFormValues } from '../ContactForm';
import { dt } from '../texts';
import { type Reload, useFormError } from './tab-tools';

function contactValues(c: Contact): ContactFormValues {
  return { role: c.role, name: c.name, organisation: c.organisation, relation: c.relation, telefoon: c.telefoon, email: c.email, note: c.note };
}

export function PeopleTab({ detail, reload }: { detail: DossierDetail; reload: Reload }) {
  const { error, setError } = useFormError();
  const [editing, setEditing] = useState<number | null>(null);
  const remove = async (id: number) => {
    try {
      await api.dossiers.removeContact({ id });
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const p = dt.people;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      {error && <Alert severity="error">{error}</Alert>}
      {detail.contacts.length === 0 ? (
        <Typography color="text.secondary">{p.none}</Typography>
      ) : (
        <List>
          {detail.contacts.map((c) =>
            editing === c.id ? (
              <ListItem key={c.id} divider sx={{ display: 'block' }}>
                <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={p.editTitle(c.name)}>
                  <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
                    {p.editTitle(c.name)}
                  </Typography>
                  <ContactForm
                    initial={contactValues(c)}
                    submitLabel={p.save}
                    onCancel={() => setEditing(null)}
                    save={async (v) => {
                      await api.dossiers.updateContact({ id: c.id, ...v });
                      setEditing(null);
                      await reload();
                    }}
                  />
                </Paper>
              </ListItem>
            ) : (
              <ListItem
                key={c.id}
                divider
                secondaryAction={
                  <Stack direction="row" spacing={1}>
                    <Button onClick={() => setEditing(c.id)} aria-label={p.editFor(c.name)}>
                      {p.edit}
                    </Button>
                    <Button color="error" onClick={() => void remove(c.id)} aria-label={p.removeFor(c.name)}>
                      {p.remove}
                    </Button>
                  </Stack>
                }
                sx={{ pr: 28 }}
              >
                <ListItemText
                  primary={`${c.name} — ${contactRoleLabel(c.role)}${c.organisation ? ` (${c.organisation})` : ''}${c.relation ? `, ${c.relation}` : ''}`}
                  secondary={[c.telefoon, c.email, c.note].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ),
          )}
        </List>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {p.add}
        </Typography>
        <ContactForm
          initial={EMPTY_CONTACT}
          submitLabel={p.add}
          resetAfterSave
          save={async (v) => {
            await api.dossiers.addContact({ dossierId: detail.dossier.id, ...v });
            await reload();
          }}
        />
      </Paper>
    </Stack>
  );
}

import { Alert, Button, List, ListItem, ListItemButton, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { api, errorMessage } from '../api';
import { saveDownload } from './download';
import { listName } from '../../../common/people/names';
import { tx } from './texts';

export function InzagePanel({ initialId }: { initialId?: number }) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<{ id: number; label: string }[]>([]);
  const [chosen, setChosen] = useState<number | null>(initialId ?? null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      api.dossiers.list({ query, limit: 20 }).then(
        (r) =>
          setItems(
            r.items.map((d) => ({
              id: d.id,
              label: `${listName(d)}${d.geboortedatum ? ` (${formatDateNl(d.geboortedatum)})` : ''}`,
            })),
          ),
        (err: unknown) => setMessage({ severity: 'error', text: errorMessage(err) }),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);
  const make = async () => {
    setMessage(null);
    if (!chosen) return setMessage({ severity: 'error', text: tx.inzage.choose });
    try {
      saveDownload(await api.exports.inzagePdf({ dossierId: chosen }));
      setMessage({ severity: 'success', text: tx.inzage.done });
    } catch (err) {
      setMessage({ severity: 'error', text: errorMessage(err) });
    }
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography color="text.secondary">{tx.inzage.intro}</Typography>
      <TextField size="small" label={tx.exchange.search} value={query} onChange={(e) => setQuery(e.target.value)} />
      <List dense aria-label={tx.exchange.search} sx={{ maxHeight: 240, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        {items.map((d) => (
          // A list of toggle buttons: aria-selected belongs to options and tabs, not to buttons.
          <ListItem key={d.id} disablePadding>
            <ListItemButton selected={chosen === d.id} aria-pressed={chosen === d.id} onClick={() => setChosen(d.id)}>
              <ListItemText primary={d.label} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
      <Button variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => void make()}>
        {tx.inzage.make}
      </Button>
    </Stack>
  );
}

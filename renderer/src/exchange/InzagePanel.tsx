import { Button, List, ListItem, ListItemButton, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { api, errorMessage } from '../api';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { saveDownload } from './download';
import { listName } from '../../../common/people/names';
import { tx } from './texts';

export function InzagePanel({ initialId }: { initialId?: number }) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<{ id: number; label: string }[]>([]);
  const [chosen, setChosen] = useState<number | null>(initialId ?? null);
  // The search is a live list, not a form; the one input the PDF needs is the dossier chosen in it.
  const { run, notice, setNotice, refuse } = useApiAction();
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
        (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);
  const make = async () => {
    if (!chosen) return refuse(tx.inzage.choose);
    await run(
      () => api.exports.inzagePdf({ dossierId: chosen }),
      (file) => {
        saveDownload(file);
        return tx.inzage.done;
      },
    );
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
      <NoticeAlert notice={notice} />
      <Button variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => void make()}>
        {tx.inzage.make}
      </Button>
    </Stack>
  );
}

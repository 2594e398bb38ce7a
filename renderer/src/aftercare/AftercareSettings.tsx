import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { Alert, Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { MOMENT_UNITS, type FollowupMomentDef, type MomentUnit } from '../../../common/aftercare/rules';
import { api, errorMessage } from '../api';
import { momentUnitLabel } from '../i18n/labels';
import { at } from './texts';

/** Settings for after release: hours for the first contact, the follow-up template, attempts before "niet bereikbaar". */
export function AftercareSettings() {
  const [hours, setHours] = useState('');
  const [attempts, setAttempts] = useState('');
  const [moments, setMoments] = useState<FollowupMomentDef[] | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    api.settings.get({}).then(
      (s) => {
        setHours(String(s.firstContactHours));
        setAttempts(String(s.unreachableAfterAttempts));
        setMoments(s.followupMoments);
      },
      (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }),
    );
  }, []);
  if (!moments) return null;
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  async function save() {
    try {
      const s = await api.settings.update({ firstContactHours: num(hours), unreachableAfterAttempts: num(attempts), followupMoments: moments! });
      setHours(String(s.firstContactHours));
      setAttempts(String(s.unreachableAfterAttempts));
      setMoments(s.followupMoments);
      setNotice({ severity: 'success', text: at.saved });
    } catch (err) {
      setNotice({ severity: 'error', text: errorMessage(err) });
    }
  }
  const setMoment = (i: number, patch: Partial<FollowupMomentDef>) => setMoments(moments.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Box component="section" aria-label={at.settings.title} sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2">
        {at.settings.title}
      </Typography>
      {notice && (
        <Alert severity={notice.severity} sx={{ my: 1 }} role={notice.severity === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        <TextField type="number" label={at.settings.hours} value={hours} onChange={(e) => setHours(e.target.value)} />
        <TextField type="number" label={at.settings.attempts} value={attempts} onChange={(e) => setAttempts(e.target.value)} />
      </Stack>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {at.settings.moments}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {at.settings.help}
      </Typography>
      {moments.map((m, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
          <TextField
            size="small"
            type="number"
            value={m.amount}
            onChange={(e) => setMoment(i, { amount: Number(e.target.value) })}
            slotProps={{ htmlInput: { 'aria-label': `${at.settings.amount} ${i + 1}` } }}
          />
          <TextField
            size="small"
            select
            value={m.unit}
            onChange={(e) => setMoment(i, { unit: e.target.value as MomentUnit })}
            slotProps={{ htmlInput: { 'aria-label': `${at.settings.unit} ${i + 1}` } }}
          >
            {MOMENT_UNITS.map((u) => (
              <MenuItem key={u} value={u}>
                {momentUnitLabel(u)}
              </MenuItem>
            ))}
          </TextField>
          <IconButton aria-label={`${at.settings.remove} ${i + 1}`} onClick={() => setMoments(moments.filter((_, j) => j !== i))}>
            <DeleteOutline />
          </IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button onClick={() => setMoments([...moments, { amount: 1, unit: 'maanden' }])}>{at.settings.add}</Button>
        <Button variant="contained" onClick={() => void save()}>
          {at.settings.save}
        </Button>
      </Stack>
    </Box>
  );
}

import { Alert, Box, Button, Checkbox, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { useEffect, useState } from 'react';
import type { PlanConfig } from '../../../common/plan/config';
import { domainKeyFromLabel } from '../../../common/plan/domains';
import { api, errorMessage } from '../api';
import { placeServerErrors } from '../forms';
import { tp } from './texts';
import { jt } from '../dossiers/journey-texts';
import { settingsSchema } from '../../../common/settings';
import { localizeMessage } from '../i18n/message-codes';
import { AftercareSettings } from '../aftercare/AftercareSettings';

/** The plan's adaptable data: life-domain catalogue, release-countdown template and "binnenkort". */
export function PlanSettingsPage() {
  const [cfg, setCfg] = useState<PlanConfig | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string; fields?: Record<string, string> } | null>(null);
  /** The countdown window is an app setting (it drives the status proposals), edited here beside the countdown it belongs to. */
  const [windowDays, setWindowDays] = useState<string | null>(null);
  useEffect(() => {
    api.plans.config({}).then(setCfg, (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }));
    api.settings.get({}).then(
      (s) => setWindowDays(String(s.releaseWindowDays)),
      (err: unknown) => setNotice({ severity: 'error', text: errorMessage(err) }),
    );
  }, []);
  if (!cfg || windowDays === null) return <Typography>{tp.common.loading}</Typography>;

  async function save() {
    try {
      // Checked before anything is saved, so a refused window leaves the template unsaved too.
      const days = settingsSchema.shape.releaseWindowDays.safeParse(windowDays!.trim() === '' ? NaN : Number(windowDays));
      if (!days.success) {
        const message = localizeMessage(days.error.issues[0]?.message ?? '');
        setNotice({ severity: 'error', text: message, fields: { releaseWindowDays: message } });
        return;
      }
      const saved = await api.settings.update({ releaseWindowDays: days.data });
      setWindowDays(String(saved.releaseWindowDays));
      setCfg(await api.plans.updateConfig(cfg!));
      setNotice({ severity: 'success', text: tp.common.saved });
    } catch (err) {
      const placed = placeServerErrors(err, ['soonDays']);
      setNotice({ severity: 'error', text: placed.message, fields: placed.fields });
    }
  }
  const setDomain = (i: number, patch: Partial<PlanConfig['lifeDomains'][number]>) =>
    setCfg({ ...cfg, lifeDomains: cfg.lifeDomains.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const setItem = (i: number, patch: Partial<PlanConfig['countdownTemplate'][number]>) =>
    setCfg({ ...cfg, countdownTemplate: cfg.countdownTemplate.map((d, j) => (j === i ? { ...d, ...patch } : d)) });

  return (
    <Box sx={{ maxWidth: 1000 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {tp.settings.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {tp.settings.intro}
      </Typography>
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }} role="status">
          {notice.text}
        </Alert>
      )}
      <TextField
        type="number"
        label={tp.settings.soonDays}
        value={cfg.soonDays}
        onChange={(e) => setCfg({ ...cfg, soonDays: Number(e.target.value) })}
        error={!!notice?.fields?.['soonDays']}
        helperText={notice?.fields?.['soonDays']}
        slotProps={{ htmlInput: { min: 1, max: 60 } }}
      />
      <TextField
        type="number"
        sx={{ mt: 2, display: 'flex', maxWidth: 520 }}
        label={jt.settings.window}
        value={windowDays}
        onChange={(e) => setWindowDays(e.target.value)}
        error={!!notice?.fields?.['releaseWindowDays']}
        helperText={notice?.fields?.['releaseWindowDays'] ?? jt.settings.windowHelp}
        slotProps={{ htmlInput: { min: 1, max: 365 } }}
      />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {tp.settings.domains}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{tp.settings.domainLabel}</TableCell>
            <TableCell>{tp.settings.domainActive}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {cfg.lifeDomains.map((d, i) => (
            <TableRow key={d.key}>
              <TableCell>
                <TextField
                  size="small"
                  fullWidth
                  value={d.label}
                  onChange={(e) => setDomain(i, { label: e.target.value })}
                  slotProps={{ htmlInput: { 'aria-label': tp.settings.domainLabel } }}
                />
              </TableCell>
              <TableCell>
                <Checkbox
                  checked={d.active}
                  onChange={(e) => setDomain(i, { active: e.target.checked })}
                  slotProps={{ input: { 'aria-label': `${d.label}: ${tp.settings.domainActive}` } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button
        sx={{ mt: 1 }}
        onClick={() =>
          setCfg({
            ...cfg,
            lifeDomains: [...cfg.lifeDomains, { key: domainKeyFromLabel(tp.settings.domainNew, cfg.lifeDomains), label: tp.settings.domainNew, active: true }],
          })
        }
      >
        {tp.settings.domainAdd}
      </Button>

      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {tp.settings.template}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{tp.settings.templateTitle}</TableCell>
            <TableCell>{tp.settings.templateOffset}</TableCell>
            <TableCell>{tp.settings.templateAsap}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {cfg.countdownTemplate.map((it, i) => (
            <TableRow key={it.key}>
              <TableCell sx={{ minWidth: 320 }}>
                <TextField
                  size="small"
                  fullWidth
                  value={it.title}
                  onChange={(e) => setItem(i, { title: e.target.value })}
                  slotProps={{ htmlInput: { 'aria-label': tp.settings.templateTitle } }}
                />
              </TableCell>
              <TableCell>
                <TextField
                  size="small"
                  type="number"
                  value={it.offsetDays}
                  onChange={(e) => setItem(i, { offsetDays: Number(e.target.value) })}
                  slotProps={{ htmlInput: { 'aria-label': `${it.title}: ${tp.settings.templateOffset}` } }}
                />
              </TableCell>
              <TableCell>
                <Checkbox
                  checked={it.asap}
                  onChange={(e) => setItem(i, { asap: e.target.checked })}
                  slotProps={{ input: { 'aria-label': `${it.title}: ${tp.settings.templateAsap}` } }}
                />
              </TableCell>
              <TableCell>
                <IconButton
                  aria-label={`${tp.settings.templateRemove}: ${it.title}`}
                  onClick={() => setCfg({ ...cfg, countdownTemplate: cfg.countdownTemplate.filter((_, j) => j !== i) })}
                >
                  <DeleteOutline />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button
          onClick={() =>
            setCfg({
              ...cfg,
              countdownTemplate: [
                ...cfg.countdownTemplate,
                {
                  key: domainKeyFromLabel(
                    tp.settings.templateNew,
                    cfg.countdownTemplate.map((t) => ({ key: t.key, label: t.title, active: true })),
                  ),
                  title: tp.settings.templateNew,
                  offsetDays: -14,
                  asap: false,
                  basisKey: null,
                  domainKey: null,
                  partnerType: null,
                },
              ],
            })
          }
        >
          {tp.settings.templateAdd}
        </Button>
        <Button variant="contained" onClick={() => void save()}>
          {tp.common.save}
        </Button>
      </Stack>
      <AftercareSettings />
    </Box>
  );
}

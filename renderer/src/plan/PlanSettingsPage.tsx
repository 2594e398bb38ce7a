import { Alert, Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { useEffect, useState } from 'react';
import type { PlanConfig } from '../../../common/plan/config';
import { domainKeyFromLabel } from '../../../common/plan/domains';
import { api } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { CellCheck, CellText } from '../components/TableCellFields';
import { PageHeading } from '../components/PageHeading';
import { useApiAction } from '../hooks/useApiAction';
import { useApiData } from '../hooks/useApiData';
import { tp } from './texts';
import { jt } from '../dossiers/journey-texts';
import { settingsSchema } from '../../../common/settings';
import { localizeMessage } from '../i18n/message-codes';
import { AftercareSettings } from '../aftercare/AftercareSettings';

/** The plan's adaptable data: life-domain catalogue, release-countdown template and "binnenkort". */
export function PlanSettingsPage() {
  const { data, error } = useApiData(() => Promise.all([api.plans.config({}), api.settings.get({})]));
  const [cfg, setCfg] = useState<PlanConfig | null>(null);
  /** The countdown window is an app setting (it drives the status proposals), edited here beside the countdown it belongs to. */
  const [windowDays, setWindowDays] = useState<string | null>(null);
  const [windowError, setWindowError] = useState<string | null>(null);
  const { run, notice, fields, refuse } = useApiAction(['soonDays', 'releaseWindowDays']);
  useEffect(() => {
    if (!data) return;
    setCfg(data[0]);
    setWindowDays(String(data[1].releaseWindowDays));
  }, [data]);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!cfg || windowDays === null) return <Typography>{tp.common.loading}</Typography>;

  async function save() {
    setWindowError(null);
    // Checked before anything is saved, so a refused window leaves the template unsaved too.
    const days = settingsSchema.shape.releaseWindowDays.safeParse(windowDays!.trim() === '' ? NaN : Number(windowDays));
    if (!days.success) {
      const message = localizeMessage(days.error.issues[0]?.message ?? '');
      setWindowError(message);
      return refuse(message);
    }
    await run(
      async () => {
        const saved = await api.settings.update({ releaseWindowDays: days.data });
        setWindowDays(String(saved.releaseWindowDays));
        setCfg(await api.plans.updateConfig(cfg!));
      },
      () => tp.common.saved,
    );
  }
  const setDomain = (i: number, patch: Partial<PlanConfig['lifeDomains'][number]>) =>
    setCfg({ ...cfg, lifeDomains: cfg.lifeDomains.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const setItem = (i: number, patch: Partial<PlanConfig['countdownTemplate'][number]>) =>
    setCfg({ ...cfg, countdownTemplate: cfg.countdownTemplate.map((d, j) => (j === i ? { ...d, ...patch } : d)) });

  return (
    <Box sx={{ maxWidth: 1000 }}>
      <PageHeading title={tp.settings.title} intro={tp.settings.intro} />
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
        error={!!fields['soonDays']}
        helperText={fields['soonDays']}
        slotProps={{ htmlInput: { min: 1, max: 60 } }}
      />
      <TextField
        type="number"
        sx={{ mt: 2, display: 'flex', maxWidth: 520 }}
        label={jt.settings.window}
        value={windowDays}
        onChange={(e) => setWindowDays(e.target.value)}
        error={!!(windowError ?? fields['releaseWindowDays'])}
        helperText={windowError ?? fields['releaseWindowDays'] ?? jt.settings.windowHelp}
        slotProps={{ htmlInput: { min: 1, max: 365 } }}
      />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {tp.settings.domains}
      </Typography>
      <IndexedTable
        items={cfg.lifeDomains}
        keyOf={(d) => d.key}
        columns={[
          {
            label: tp.settings.domainLabel,
            cell: ({ item: d, i }) => <CellText label={tp.settings.domainLabel} value={d.label} onChange={(label) => setDomain(i, { label })} />,
          },
          {
            label: tp.settings.domainActive,
            cell: ({ item: d, i }) => (
              <CellCheck label={`${d.label}: ${tp.settings.domainActive}`} checked={d.active} onChange={(active) => setDomain(i, { active })} />
            ),
          },
        ]}
      />
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
      <IndexedTable
        items={cfg.countdownTemplate}
        keyOf={(it) => it.key}
        columns={[
          {
            label: tp.settings.templateTitle,
            cellProps: () => ({ sx: { minWidth: 320 } }),
            cell: ({ item: it, i }) => <CellText label={tp.settings.templateTitle} value={it.title} onChange={(title) => setItem(i, { title })} />,
          },
          {
            label: tp.settings.templateOffset,
            cell: ({ item: it, i }) => (
              <CellText
                type="number"
                label={`${it.title}: ${tp.settings.templateOffset}`}
                value={String(it.offsetDays)}
                onChange={(v) => setItem(i, { offsetDays: Number(v) })}
              />
            ),
          },
          {
            label: tp.settings.templateAsap,
            cell: ({ item: it, i }) => (
              <CellCheck label={`${it.title}: ${tp.settings.templateAsap}`} checked={it.asap} onChange={(asap) => setItem(i, { asap })} />
            ),
          },
          {
            label: '',
            cell: ({ item: it, i }) => (
              <IconButton
                aria-label={`${tp.settings.templateRemove}: ${it.title}`}
                onClick={() => setCfg({ ...cfg, countdownTemplate: cfg.countdownTemplate.filter((_, j) => j !== i) })}
              >
                <DeleteOutline />
              </IconButton>
            ),
          },
        ]}
      />
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

/** The rows of an editable list, each cell told its row's place in the list. */
function IndexedTable<T>({ items, keyOf, columns }: { items: readonly T[]; keyOf: (item: T) => string; columns: Column<{ item: T; i: number }>[] }) {
  return <DataTable rows={items.map((item, i) => ({ item, i }))} rowKey={({ item }) => keyOf(item)} empty="" columns={columns} />;
}

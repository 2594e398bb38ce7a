import { Alert, Box, Button, IconButton, Stack, Typography } from '@mui/material';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { useFieldArray, type Path } from 'react-hook-form';
import { z } from 'zod';
import { planConfigSchema, type PlanConfig } from '../../../common/plan/config';
import { countdownItemSchema, countdownTemplateSchema, type CountdownItem } from '../../../common/plan/countdown';
import { domainKeyFromLabel, type LifeDomain } from '../../../common/plan/domains';
import { settingsSchema } from '../../../common/settings';
import { api } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { FormText } from '../components/FormText';
import { FormCellText } from './FormCellText';
import { NoticeAlert } from '../components/NoticeAlert';
import { PageHeading } from '../components/PageHeading';
import { CellCheck } from '../components/TableCellFields';
import { useApiData } from '../hooks/useApiData';
import { useApiForm } from '../hooks/useApiForm';
import { tp } from './texts';
import { jt } from '../dossiers/journey-texts';
import { AftercareSettings } from '../aftercare/AftercareSettings';

/** A number field's text as the contract's number (an empty field is 0, which the day rules then name). */
const toNumber = (v: string) => Number(v);

/**
 * The page's fields, checked by the plan configuration's and the settings' own rules. The countdown window is an app
 * setting (it drives the status proposals), edited here beside the countdown it belongs to.
 */
const settingsFields = z.object({
  soonDays: z.string().transform(toNumber).pipe(planConfigSchema.shape.soonDays),
  releaseWindowDays: z.string().transform(toNumber).pipe(settingsSchema.shape.releaseWindowDays),
  lifeDomains: planConfigSchema.shape.lifeDomains,
  countdownTemplate: z
    .array(countdownItemSchema.extend({ offsetDays: z.string().transform(toNumber).pipe(countdownItemSchema.shape.offsetDays) }))
    // Then the list's own rules (one key once); the defaults the item rules filled in make the types meet.
    .pipe(countdownTemplateSchema as unknown as z.ZodType<CountdownItem[], CountdownItem[]>),
});

interface Values {
  soonDays: string;
  releaseWindowDays: string;
  lifeDomains: LifeDomain[];
  countdownTemplate: (Omit<CountdownItem, 'offsetDays'> & { offsetDays: string })[];
}

function valuesOf(cfg: PlanConfig, releaseWindowDays: number): Values {
  return {
    soonDays: String(cfg.soonDays),
    releaseWindowDays: String(releaseWindowDays),
    lifeDomains: cfg.lifeDomains.map((d) => ({ ...d })),
    countdownTemplate: cfg.countdownTemplate.map((t) => ({ ...t, offsetDays: String(t.offsetDays) })),
  };
}

/** The plan's adaptable data: life-domain catalogue, release-countdown template and "binnenkort". */
export function PlanSettingsPage() {
  const { data, error } = useApiData(() => Promise.all([api.plans.config({}), api.settings.get({})]));
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return <Typography>{tp.common.loading}</Typography>;
  return <PlanSettingsForm saved={valuesOf(data[0], data[1].releaseWindowDays)} />;
}

function PlanSettingsForm({ saved }: { saved: Values }) {
  const { form, bind, run, notice } = useApiForm(settingsFields, saved);
  const { control, watch, setValue } = form;
  const domains = useFieldArray({ control, name: 'lifeDomains' });
  const template = useFieldArray({ control, name: 'countdownTemplate' });
  const live = watch();

  // Both are checked before anything is saved, so a refused window leaves the template unsaved too.
  const save = form.handleSubmit(async ({ releaseWindowDays, ...config }) => {
    const done = await run(
      async () => {
        const settings = await api.settings.update({ releaseWindowDays });
        return valuesOf(await api.plans.updateConfig(config), settings.releaseWindowDays);
      },
      () => tp.common.saved,
    );
    if (done.ok) form.reset(done.value);
  });
  const cell = (name: Path<Values>, label: string, type?: 'number') => <FormCellText form={bind} name={name} label={label} type={type} />;
  const check = (name: `lifeDomains.${number}.active` | `countdownTemplate.${number}.asap`, label: string) => (
    <CellCheck label={label} checked={watch(name)} onChange={(v) => setValue(name, v, { shouldDirty: true })} />
  );
  const titleOf = (i: number) => live.countdownTemplate[i]?.title ?? '';

  return (
    <Box sx={{ maxWidth: 1000 }}>
      <Box component="form" noValidate onSubmit={(e) => void save(e)}>
        <PageHeading title={tp.settings.title} intro={tp.settings.intro} />
        <NoticeAlert notice={notice} sx={{ mb: 2 }} role="status" />
        <FormText form={bind} name="soonDays" type="number" label={tp.settings.soonDays} fullWidth={false} slotProps={{ htmlInput: { min: 1, max: 60 } }} />
        <FormText
          form={bind}
          name="releaseWindowDays"
          type="number"
          sx={{ mt: 2, display: 'flex', maxWidth: 520 }}
          label={jt.settings.window}
          helperText={jt.settings.windowHelp}
          slotProps={{ htmlInput: { min: 1, max: 365 } }}
        />
        <IndexedTable
          title={tp.settings.domains}
          error={form.formState.errors.lifeDomains}
          items={domains.fields}
          columns={[
            { label: tp.settings.domainLabel, cell: ({ i }) => cell(`lifeDomains.${i}.label`, tp.settings.domainLabel) },
            {
              label: tp.settings.domainActive,
              cell: ({ i }) => check(`lifeDomains.${i}.active`, `${live.lifeDomains[i]?.label ?? ''}: ${tp.settings.domainActive}`),
            },
          ]}
        />
        <Button
          sx={{ mt: 1 }}
          onClick={() => domains.append({ key: domainKeyFromLabel(tp.settings.domainNew, live.lifeDomains), label: tp.settings.domainNew, active: true })}
        >
          {tp.settings.domainAdd}
        </Button>

        <IndexedTable
          title={tp.settings.template}
          error={form.formState.errors.countdownTemplate}
          items={template.fields}
          columns={[
            {
              label: tp.settings.templateTitle,
              cellProps: () => ({ sx: { minWidth: 320 } }),
              cell: ({ i }) => cell(`countdownTemplate.${i}.title`, tp.settings.templateTitle),
            },
            {
              label: tp.settings.templateOffset,
              cell: ({ i }) => cell(`countdownTemplate.${i}.offsetDays`, `${titleOf(i)}: ${tp.settings.templateOffset}`, 'number'),
            },
            { label: tp.settings.templateAsap, cell: ({ i }) => check(`countdownTemplate.${i}.asap`, `${titleOf(i)}: ${tp.settings.templateAsap}`) },
            {
              label: '',
              cell: ({ i }) => (
                <IconButton aria-label={`${tp.settings.templateRemove}: ${titleOf(i)}`} onClick={() => template.remove(i)}>
                  <DeleteOutline />
                </IconButton>
              ),
            },
          ]}
        />
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            onClick={() =>
              template.append({
                key: domainKeyFromLabel(
                  tp.settings.templateNew,
                  live.countdownTemplate.map((t) => ({ key: t.key, label: t.title, active: true })),
                ),
                title: tp.settings.templateNew,
                offsetDays: '-14',
                asap: false,
                basisKey: null,
                domainKey: null,
                partnerType: null,
              })
            }
          >
            {tp.settings.templateAdd}
          </Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {tp.common.save}
          </Button>
        </Stack>
      </Box>
      <AftercareSettings />
    </Box>
  );
}

/**
 * An editable list under its heading, each cell told its row's place in the list; under it the refusal of the
 * list as a whole (too many, none left), which has no field of its own.
 */
function IndexedTable<T extends { id: string }>({
  title,
  error,
  items,
  columns,
}: {
  title: string;
  error: { message?: string; root?: { message?: string } } | undefined;
  items: readonly T[];
  columns: Column<{ item: T; i: number }>[];
}) {
  const message = error?.message ?? error?.root?.message;
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {title}
      </Typography>
      <DataTable rows={items.map((item, i) => ({ item, i }))} rowKey={({ item }) => item.id} empty="" columns={columns} />
      {message && (
        <Typography color="error" variant="body2" sx={{ mt: 1 }}>
          {message}
        </Typography>
      )}
    </>
  );
}

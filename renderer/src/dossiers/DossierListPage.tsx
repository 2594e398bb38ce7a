import { Button, Checkbox, Chip, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DOSSIER_SORTS, type DossierSort } from '../../../common/api/dossiers';
import { DOSSIER_STATUSES, type DossierStatus } from '../../../common/dossiers/status';
import { statusLabel } from '../i18n/labels';
import type { DossierListItem } from '../../../common/dossiers/types';
import { api, errorMessage } from '../api';
import { navigate } from '../router';
import { DossierRows, type DossierRowsHandle } from './DossierRows';
import { dt } from './texts';
import { nt } from '../intake/texts';

const PAGE = 100;
const RELEASE_CHOICES = [7, 14, 30, 90] as const;

/** Filters contributed by other areas (the plan issue adds "has overdue actions"): label + the list's `extraFilters` name. */
export const DOSSIER_LIST_EXTRA_FILTERS: { name: string; label: () => string }[] = [];

interface Query {
  query: string;
  statuses: DossierStatus[];
  releaseWithinDays: number | null;
  extraFilters: string[];
  sort: DossierSort;
  direction: 'asc' | 'desc';
}

/**
 * The list keeps only the pages the coordinator has scrolled to: the total comes with the first
 * page, the virtualiser draws just the visible rows, and missing pages load when they come into view.
 * A new search keeps the rows on screen until its first answer replaces them: rows blanked while it loads would
 * swallow a click that lands in that moment (pressed on a row, released on its "loading" stand-in).
 */
function usePagedDossiers(q: Query) {
  const [total, setTotal] = useState<number | null>(null);
  /** The pages of the search `gen`; those of an earlier search stay shown until the first page of the new one arrives. */
  const [pages, setPages] = useState<{ gen: number; map: Map<number, DossierListItem[]> }>({ gen: 0, map: new Map() });
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const loading = useRef(new Set<number>());
  const key = JSON.stringify(q);

  const load = useCallback(
    (page: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const gen = generation.current;
      api.dossiers.list({ ...q, offset: page * PAGE, limit: PAGE }).then(
        (res) => {
          if (gen !== generation.current) return;
          setTotal(res.total);
          setPages((prev) => ({ gen, map: new Map(prev.gen === gen ? prev.map : []).set(page, res.items) }));
        },
        (err: unknown) => gen === generation.current && setError(errorMessage(err)),
      );
    },
    [key],
  );

  useEffect(() => {
    generation.current++;
    loading.current = new Set();
    setError(null);
    load(0);
  }, [load]);

  const item = (index: number): DossierListItem | undefined => pages.map.get(Math.floor(index / PAGE))?.[index % PAGE];
  return { total, item, load, error };
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

export function DossierListPage() {
  const [text, setText] = useState('');
  const [statuses, setStatuses] = useState<DossierStatus[]>([]);
  const [releaseWithinDays, setRelease] = useState<number | null>(null);
  const [extraFilters, setExtra] = useState<string[]>([]);
  const [sort, setSort] = useState<DossierSort>('name');
  const [desc, setDesc] = useState(false);
  const query = useDebounced(text, 150);
  const { total, item, load, error } = usePagedDossiers({ query, statuses, releaseWithinDays, extraFilters, sort, direction: desc ? 'desc' : 'asc' });

  const queryKey = JSON.stringify({ query, statuses, releaseWithinDays, extraFilters, sort, desc });
  const rowsRef = useRef<DossierRowsHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const toggleStatus = (s: DossierStatus) => setStatuses((prev) => (prev.includes(s) ? prev.filter((x) => x !== s) : [...prev, s]));

  return (
    <Stack spacing={2} sx={{ height: 'calc(100vh - 120px)' }}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {dt.list.title}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => navigate('/dossiers/melding')}>
            {nt.newNotice}
          </Button>
          <Button variant="contained" onClick={() => navigate('/dossiers/nieuw')}>
            {dt.list.newDossier}
          </Button>
        </Stack>
      </Stack>
      <TextField
        label={dt.list.search}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' || !total) return;
          e.preventDefault();
          rowsRef.current?.focusRow(0);
        }}
        inputRef={searchRef}
        autoFocus
        slotProps={{ htmlInput: { type: 'search', 'aria-describedby': 'dossier-count' } }}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} role="group" aria-label={dt.list.status}>
        {DOSSIER_STATUSES.map((s) => (
          <Chip
            key={s}
            label={statusLabel(s)}
            color={statuses.includes(s) ? 'primary' : 'default'}
            variant={statuses.includes(s) ? 'filled' : 'outlined'}
            onClick={() => toggleStatus(s)}
            aria-pressed={statuses.includes(s)}
          />
        ))}
        <TextField
          select
          size="small"
          label={dt.list.release}
          value={releaseWithinDays ?? ''}
          onChange={(e) => setRelease(e.target.value === '' ? null : Number(e.target.value))}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          sx={{ minWidth: 170 }}
        >
          <MenuItem value="">{dt.list.releaseAny}</MenuItem>
          {RELEASE_CHOICES.map((n) => (
            <MenuItem key={n} value={n}>
              {dt.list.releaseDays(n)}
            </MenuItem>
          ))}
        </TextField>
        {DOSSIER_LIST_EXTRA_FILTERS.map((f) => (
          <FormControlLabel
            key={f.name}
            control={
              <Checkbox
                checked={extraFilters.includes(f.name)}
                onChange={(e) => setExtra((prev) => (e.target.checked ? [...prev, f.name] : prev.filter((x) => x !== f.name)))}
              />
            }
            label={f.label()}
          />
        ))}
        <TextField select size="small" label={dt.list.sort} value={sort} onChange={(e) => setSort(e.target.value as DossierSort)} sx={{ minWidth: 190 }}>
          {DOSSIER_SORTS.map((s) => (
            <MenuItem key={s} value={s}>
              {dt.list.sorts[s]}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel control={<Checkbox checked={desc} onChange={(e) => setDesc(e.target.checked)} />} label={dt.list.descending} />
      </Stack>
      <Typography id="dossier-count" role="status" color="text.secondary">
        {error ?? (total === null ? dt.list.loading : total === 0 ? dt.list.none : dt.list.count(total))}
      </Typography>
      <DossierRows ref={rowsRef} total={total ?? 0} resetKey={queryKey} item={item} load={load} pageSize={PAGE} onExitUp={() => searchRef.current?.focus()} />
    </Stack>
  );
}

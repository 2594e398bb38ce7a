import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Paper } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { listName } from '../../../common/people/names';
import type { DossierListItem } from '../../../common/dossiers/types';
import { statusLabel } from '../i18n/labels';
import { navigate } from '../router';
import { PlanBadge } from '../plan/PlanBadge';
import { tp } from '../plan/texts';
import { dt } from './texts';

const ROW_HEIGHT = 52;
// minmax(0, …): a long name or institution is cut off with "…" instead of pushing the columns out of line.
const COLS = 'minmax(0, 2fr) minmax(0, 0.9fr) minmax(0, 1.6fr) minmax(0, 0.9fr) minmax(0, 1.2fr) minmax(0, 1.8fr)';

export interface DossierRowsHandle {
  /** Puts keyboard focus on a row (scrolling and loading it first); the search field's ArrowDown uses it. */
  focusRow(index: number): void;
}

/**
 * The dossier list as a table whose rows are drawn only while visible. For the keyboard the table is one Tab stop
 * (a roving tabindex on the rows' links): arrows, Page Up/Down, Home and End move between rows, scrolling and
 * loading as needed, Enter opens the dossier, and ArrowUp on the first row goes back to the search field.
 */
export const DossierRows = forwardRef<
  DossierRowsHandle,
  { total: number; resetKey: string; item: (i: number) => DossierListItem | undefined; load: (page: number) => void; pageSize: number; onExitUp: () => void }
>(function DossierRows({ total, resetKey, item, load, pageSize, onExitUp }, ref) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const rows = virtualizer.getVirtualItems();
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    setActive(0);
    pendingFocus.current = null;
  }, [resetKey]);
  useEffect(() => {
    for (const r of rows) if (!item(r.index)) load(Math.floor(r.index / pageSize));
    // A row asked for by the keyboard gets focus as soon as it is drawn with its data.
    if (pendingFocus.current !== null) {
      const el = scrollRef.current?.querySelector<HTMLElement>(`a[data-row="${pendingFocus.current}"]`);
      if (el) {
        pendingFocus.current = null;
        el.focus();
      }
    }
  });

  const focusRow = (index: number) => {
    if (total === 0) return;
    const i = Math.max(0, Math.min(total - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    const drawnRow = scrollRef.current?.querySelector<HTMLElement>(`a[data-row="${i}"]`);
    if (drawnRow) drawnRow.focus();
    else pendingFocus.current = i;
  };
  useImperativeHandle(ref, () => ({ focusRow }));

  // The Tab stop is the last row used, or the first drawn one when that row has scrolled out of view.
  const drawn = rows.filter((r) => item(r.index)).map((r) => r.index);
  const tabStop = drawn.includes(active) ? active : (drawn[0] ?? -1);
  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const from = Number((e.target as HTMLElement).dataset['row']);
    if (Number.isNaN(from)) return;
    const to: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, PageDown: from + pageRows, PageUp: from - pageRows, Home: 0, End: total - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && from === 0) onExitUp();
    else focusRow(to[e.key]!);
  };

  return (
    <Paper
      variant="outlined"
      role="table"
      aria-label={dt.list.title}
      aria-rowcount={total + 1}
      sx={{ flexGrow: 1, minHeight: 200, display: 'flex', flexDirection: 'column' }}
    >
      <Box role="rowgroup">
        <Box
          role="row"
          aria-rowindex={1}
          sx={{ display: 'grid', gridTemplateColumns: COLS, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', fontWeight: 600 }}
        >
          <span role="columnheader">{dt.list.colName}</span>
          <span role="columnheader">{dt.list.colBirth}</span>
          <span role="columnheader">{dt.list.colInstitution}</span>
          <span role="columnheader">{dt.list.colRelease}</span>
          <span role="columnheader">{dt.list.colStatus}</span>
          <span role="columnheader">{tp.list.column}</span>
        </Box>
      </Box>
      <Box ref={scrollRef} role="rowgroup" onKeyDown={onKeyDown} sx={{ flexGrow: 1, overflow: 'auto' }} data-testid="dossier-list">
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((r) => {
            const d = item(r.index);
            return (
              <Box
                key={r.key}
                role="row"
                aria-rowindex={r.index + 2}
                // The mouse may click anywhere in the row; the keyboard uses the name's link.
                onClick={d ? () => navigate(`/dossiers/${d.id}`) : undefined}
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${r.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLS,
                  alignItems: 'center',
                  px: 2,
                  borderBottom: 1,
                  borderColor: 'divider',
                  cursor: d ? 'pointer' : undefined,
                  '&:hover': { bgcolor: 'action.hover' },
                  // The cells clip their text, and with it the link's own ring: the whole row shows the focus instead.
                  '&:focus-within': { bgcolor: 'action.selected', boxShadow: (theme) => `inset 0 0 0 3px ${theme.palette.primary.main}` },
                  '& > span': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', pr: 1 },
                }}
              >
                {d ? (
                  <>
                    <span role="cell">
                      <Box
                        component="a"
                        href={`#/dossiers/${d.id}`}
                        data-row={r.index}
                        tabIndex={r.index === tabStop ? 0 : -1}
                        onFocus={() => setActive(r.index)}
                        onClick={(e: React.MouseEvent) => e.stopPropagation()}
                        sx={{ color: 'inherit', textDecoration: 'none', '&:hover, &:focus-visible': { textDecoration: 'underline' } }}
                      >
                        {listName(d)}
                      </Box>
                      {d.hasSafetyNotes && (
                        <WarningAmberIcon color="warning" fontSize="small" titleAccess={dt.list.safety} sx={{ ml: 1, verticalAlign: 'middle' }} />
                      )}
                    </span>
                    <span role="cell">{formatDateNl(d.geboortedatum)}</span>
                    <span role="cell">{d.institution}</span>
                    <span role="cell">{formatDateNl(d.werkelijkeVrijlating ?? d.verwachteVrijlating)}</span>
                    <span role="cell">{statusLabel(d.status)}</span>
                    <span role="cell">
                      <PlanBadge dossierId={d.id} />
                    </span>
                  </>
                ) : (
                  <span role="cell">{dt.list.loading}</span>
                )}
              </Box>
            );
          })}
        </Box>
      </Box>
    </Paper>
  );
});

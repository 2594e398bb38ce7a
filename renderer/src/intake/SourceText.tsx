import { Box } from '@mui/material';
import { useEffect, useRef } from 'react';
import type { FieldProposal } from '../../../common/intake/propose';

/**
 * The notice's text with every proposed field's snippet marked; the field the coordinator is looking at is marked
 * stronger and scrolled into view, so the source of each value can be checked at a glance.
 */
export function SourceText({
  text,
  proposals,
  active,
  labelOf,
}: {
  text: string;
  proposals: FieldProposal[];
  active: string | null;
  labelOf: (field: string) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!active) return;
    box.current?.querySelector(`[data-field="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const ranges = [...proposals].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const p of ranges) {
    if (p.start < at) continue; // overlapping snippets: the first one marks the text
    if (p.start > at) parts.push(text.slice(at, p.start));
    const on = p.field === active;
    parts.push(
      <Box
        component="mark"
        key={`${p.field}-${p.start}`}
        data-field={p.field}
        data-active={on || undefined}
        title={labelOf(p.field)}
        sx={{
          bgcolor: on ? 'warning.light' : p.certain ? '#e3f2e1' : '#fff3cd',
          outline: on ? '2px solid' : 'none',
          outlineColor: 'warning.dark',
          borderRadius: 0.5,
        }}
      >
        {text.slice(p.start, p.end)}
      </Box>,
    );
    at = p.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <Box
      ref={box}
      data-testid="intake-source"
      sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13, maxHeight: '70vh', overflow: 'auto', p: 1.5, bgcolor: 'grey.50', borderRadius: 1 }}
    >
      {parts}
    </Box>
  );
}

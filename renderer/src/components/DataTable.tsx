import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type SxProps,
  type TableCellProps,
  type TableProps,
  type TableRowProps,
  type Theme,
} from '@mui/material';
import type { ReactNode } from 'react';

export interface Column<T> {
  /** The column's heading; '' for a column of buttons (or a select-all box). */
  label: ReactNode;
  align?: 'left' | 'right';
  /** The column that names the row: its cells are row headings, read out with the row's other cells. */
  rowHeader?: boolean;
  padding?: 'checkbox';
  sx?: SxProps<Theme>;
  cell: (row: T) => ReactNode;
  /** The body cell's own props (width, test id, a row heading's `component="th"`). */
  cellProps?: (row: T) => TableCellProps & Record<`data-${string}`, unknown>;
}

/**
 * A small table of rows, or the sentence that says there are none (a table with only headings reads as broken).
 * `rowProps` gives each row its test id, click or data attributes.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  empty,
  rowProps,
  ...table
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string | number;
  empty: ReactNode;
  rowProps?: (row: T) => TableRowProps & Record<`data-${string}`, unknown>;
} & Omit<TableProps, 'children'>) {
  if (rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Table size="small" {...table}>
      <TableHead>
        <TableRow>
          {columns.map((c, i) => (
            <TableCell key={i} align={c.align} padding={c.padding}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c, i) => (
              <TableCell
                key={i}
                align={c.align}
                padding={c.padding}
                sx={c.sx}
                {...(c.rowHeader ? { component: 'th', scope: 'row' } : {})}
                {...c.cellProps?.(row)}
              >
                {c.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

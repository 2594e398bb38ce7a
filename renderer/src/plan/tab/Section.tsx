import { Card, CardContent, Typography } from '@mui/material';
import type { Ref } from 'react';
import type { PlanView } from '../../../../common/plan/types';

export type Run = (fn: () => Promise<PlanView>) => Promise<void>;

export function Section({
  title,
  children,
  testId,
  headingRef,
}: {
  title: string;
  children: React.ReactNode;
  testId?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <Card variant="outlined" data-testid={testId} component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

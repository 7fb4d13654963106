// One key figure, big enough to read across the hall, with a line of context under it.
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  detail?: ReactNode;
  testId: string;
  tone?: 'good' | 'warn' | 'neutral';
  data?: Record<`data-${string}`, string | number | undefined>;
}

export function KpiTile({ label, value, detail, testId, tone = 'neutral', data }: Props) {
  return (
    <div className={`kpi kpi--${tone}`} data-testid={testId} {...data}>
      <p className="kpi__label">{label}</p>
      <p className="kpi__value">{value}</p>
      {detail ? <div className="kpi__detail">{detail}</div> : null}
    </div>
  );
}

// A small React wrapper around one Chart.js chart: created once on its canvas, then updated in place
// (labels and dataset values replaced, dataset objects kept) so a new figure animates from the old
// one instead of redrawing the page.
import { useEffect, useRef } from 'react';
import type { Chart as ChartInstance, ChartData, ChartOptions, ChartType } from 'chart.js';
import { useI18n } from '../i18n/i18n-context.tsx';
import { setUpCharts } from './chart-setup.ts';

interface Props<T extends ChartType> {
  type: T;
  data: ChartData<T>;
  options: ChartOptions<T>;
  label: string;
  testId: string;
}

export function ChartCanvas<T extends ChartType>({ type, data, options, label, testId }: Props<T>) {
  const { language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartInstance<T> | null>(null);
  const initial = useRef({ type, data, options, language });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const { type: t, data: d, options: o, language: lang } = initial.current;
    const Chart = setUpCharts(lang);
    const instance = new Chart<T>(element, {
      type: t,
      data: structuredClone(d),
      options: { ...o, responsive: true, maintainAspectRatio: false },
    });
    chart.current = instance;
    return () => {
      instance.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.data.labels = data.labels ? [...data.labels] : [];
    data.datasets.forEach((next, i) => {
      const current = instance.data.datasets[i];
      if (current) {
        current.data = [...next.data] as typeof current.data;
        current.label = next.label;
        if ('backgroundColor' in next) current.backgroundColor = next.backgroundColor;
      } else {
        instance.data.datasets.push(structuredClone(next));
      }
    });
    instance.data.datasets.length = data.datasets.length;
    instance.update();
  }, [data]);

  return (
    <div className="chart" data-testid={testId}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

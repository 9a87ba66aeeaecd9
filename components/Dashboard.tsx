/**
 * Dashboard charts (uPlot). This module is imported dynamically by the options page, so the chart library is
 * loaded only when the 概览 section is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { t } from '@/utils/i18n';
import { categoryName, waitText } from '@/utils/i18n/messages/shared';
import type { Policy } from '@/utils/core/policy/model';
import { dashboardFigures, type Dashboard as Figures } from '@/utils/store/dashboard';
import { getDb } from '@/utils/store/db';
import { chartIsEmpty } from './chart-empty';

interface Series {
  label: string;
  values: Array<number | null>;
  color: string;
}

const DECISIONS = new Set(['cancelled', 'sent-anyway', 'blocked', 'recheck', 'check-failed']);
const decisionLabel = (d: string) => (DECISIONS.has(d) ? t(`decision.${d as 'cancelled'}`) : d);

/** A small bar (or line) chart over categorical labels. */
function Chart({ title, labels, series, line, percent, id }: { title: string; labels: string[]; series: Series[]; line?: boolean; percent?: boolean; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  const empty = chartIsEmpty(labels, series, percent);
  useEffect(() => {
    if (!box.current || empty) return;
    const width = Math.max(280, box.current.clientWidth || 400);
    const n = series.length;
    const plot = new uPlot(
      {
        width,
        height: 200,
        legend: { show: n > 1 },
        cursor: { show: false },
        scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: percent ? { range: [0, 100] } : { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] } },
        axes: [
          { values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (labels[i] ?? '') : '')), space: 30, gap: 4 },
          { values: (_u, splits) => splits.map((v) => (percent ? `${v}%` : String(v))), size: 56 },
        ],
        series: [
          { label: t('dash.item') },
          ...series.map((s, k) => ({
            label: s.label,
            stroke: s.color,
            fill: line ? undefined : s.color,
            width: line ? 2 : 0,
            points: { show: !!line },
            paths: line ? undefined : uPlot.paths.bars!({ size: [0.7 / n, 60], align: n === 1 ? 0 : k === 0 ? -1 : 1 }),
          })),
        ],
      },
      [labels.map((_, i) => i), ...series.map((s) => s.values.map((v) => (v === null ? null : percent ? Math.round(v * 100) : v)))] as uPlot.AlignedData,
      box.current,
    );
    return () => plot.destroy();
  }, [labels, series, empty]);
  return (
    <div class="chart" data-qg-chart={id}>
      <h3>{title}</h3>
      {empty ? <p class="muted">{t('dash.empty')}</p> : <div ref={box} />}
    </div>
  );
}

export function Dashboard({ policy }: { policy: Policy }) {
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    void dashboardFigures(getDb(), policy, Date.now()).then(setFigures, () => setFigures(null));
  }, [policy]);
  if (!figures) return null;
  // Nothing recorded yet (a fresh install): one plain sentence instead of six empty cards.
  const nothing = [figures.messagesIn, figures.messagesOut, figures.responseBuckets.map((b) => b.count), figures.decisions.map((d) => d.count), figures.categories.map((c) => c.count)].every((v) => v.every((n) => !n)) && !figures.nickname.length;
  if (nothing) {
    return (
      <section class="card dashboard" data-qg-section="dashboard" data-qg-dashboard-empty>
        <h2>{t('dash.heading')}</h2>
        <p class="muted">{t('ux.dash.nothingYet')}</p>
        <p>
          <a href="#setup">{t('setup.open')}</a>
        </p>
      </section>
    );
  }
  const shortDays = figures.days.map((d) => d.slice(5));
  return (
    <section class="card dashboard" data-qg-section="dashboard">
      <h2>{t('dash.heading')}</h2>
      <div class="charts">
        <Chart id="messages" title={t('dash.messages')} labels={shortDays} series={[{ label: t('dash.in'), values: figures.messagesIn, color: '#1989fa' }, { label: t('dash.out'), values: figures.messagesOut, color: '#07c160' }]} />
        <Chart id="response" title={t('dash.response')} labels={figures.responseBuckets.map((b, i, all) => (b.max === Infinity ? t('dash.bucketOver', { wait: waitText(t, all[i - 1]?.max ?? 0) }) : t('dash.bucketUpTo', { wait: waitText(t, b.max) })))} series={[{ label: t('dash.count'), values: figures.responseBuckets.map((b) => b.count), color: '#8a5a00' }]} />
        <Chart id="sla" title={t('dash.sla', { minutes: policy.customer.slaMinutes })} labels={shortDays} series={[{ label: t('dash.share'), values: figures.slaShare, color: '#07c160' }]} line percent />
        <Chart id="decisions" title={t('dash.decisions')} labels={figures.decisions.map((d) => decisionLabel(d.label))} series={[{ label: t('dash.count'), values: figures.decisions.map((d) => d.count), color: '#e64340' }]} />
        <Chart id="categories" title={t('dash.categories')} labels={figures.categories.map((c) => categoryName(t, c.label))} series={[{ label: t('dash.count'), values: figures.categories.map((c) => c.count), color: '#c0302b' }]} />
        <Chart id="nickname" title={t('dash.nickname')} labels={figures.nickname.map((g) => g.group)} series={[{ label: t('dash.compliance'), values: figures.nickname.map((g) => (g.members ? (g.members - g.flagged) / g.members : null)), color: '#1989fa' }]} percent />
      </div>
    </section>
  );
}

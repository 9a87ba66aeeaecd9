/**
 * Dashboard charts (uPlot). This module is imported dynamically by the options page, so the chart library is
 * loaded only when the 概览 section is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { categoryLabel } from '@/utils/core/guard';
import type { Policy } from '@/utils/core/policy/model';
import { dashboardFigures, type Dashboard as Figures } from '@/utils/store/dashboard';
import { getDb } from '@/utils/store/db';

interface Series {
  label: string;
  values: Array<number | null>;
  color: string;
}

const DECISION_LABEL: Record<string, string> = { cancelled: '取消', 'sent-anyway': '仍然发送', blocked: '禁止', recheck: '重新检查', 'check-failed': '检查出错' };

/** A small bar (or line) chart over categorical labels. */
function Chart({ title, labels, series, line, percent, id }: { title: string; labels: string[]; series: Series[]; line?: boolean; percent?: boolean; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  const empty = !labels.length || series.every((s) => s.values.every((v) => !v));
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
          { label: '项目' },
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
      {empty ? <p class="muted">暂无数据</p> : <div ref={box} />}
    </div>
  );
}

export function Dashboard({ policy }: { policy: Policy }) {
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    void dashboardFigures(getDb(), policy, Date.now()).then(setFigures, () => setFigures(null));
  }, [policy]);
  if (!figures) return null;
  const shortDays = figures.days.map((d) => d.slice(5));
  return (
    <section class="card dashboard" data-qg-section="dashboard">
      <h2>近 14 天统计</h2>
      <div class="charts">
        <Chart id="messages" title="每日消息（收 / 发）" labels={shortDays} series={[{ label: '收', values: figures.messagesIn, color: '#1989fa' }, { label: '发', values: figures.messagesOut, color: '#07c160' }]} />
        <Chart id="response" title="客户首次回复时间分布" labels={figures.responseBuckets.map((b) => b.label)} series={[{ label: '次数', values: figures.responseBuckets.map((b) => b.count), color: '#8a5a00' }]} />
        <Chart id="sla" title={`${policy.customer.slaMinutes} 分钟内回复占比`} labels={shortDays} series={[{ label: '占比', values: figures.slaShare, color: '#07c160' }]} line percent />
        <Chart id="decisions" title="发送提醒后的决定" labels={figures.decisions.map((d) => DECISION_LABEL[d.label] ?? d.label)} series={[{ label: '次数', values: figures.decisions.map((d) => d.count), color: '#e64340' }]} />
        <Chart id="categories" title="提醒分类" labels={figures.categories.map((c) => categoryLabel(c.label))} series={[{ label: '次数', values: figures.categories.map((c) => c.count), color: '#c0302b' }]} />
        <Chart id="nickname" title="各群昵称合规率" labels={figures.nickname.map((g) => g.group)} series={[{ label: '合规率', values: figures.nickname.map((g) => (g.members ? (g.members - g.flagged) / g.members : null)), color: '#1989fa' }]} percent />
      </div>
    </section>
  );
}

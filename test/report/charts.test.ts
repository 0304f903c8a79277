// The html bulletin's charts (render/report/charts.ts): no label is crossed by a dashed line.
// Seen in sample-data's December bulletin: 95.0% and 96.3% cut by the time-progress line (100%),
// and the last cumulative label cut by the planned line of a district behind plan.
import { describe, expect, it } from 'vitest';
import { bulletin } from '../../src/engine/bulletin/index.js';
import { DECLARED, snapshot } from '../../src/engine/index.js';
import { completionLabel, labelWidth, monthlyChart } from '../../src/render/report/charts.js';
import { base, loadMemory } from '../helpers.js';

const span = (svg: string): [number, number] => {
  const x = Number(/x="([\d.]+)"/.exec(svg)![1]);
  const text = />([^<]*)</.exec(svg)![1];
  return svg.includes('text-anchor="end"') ? [x - labelWidth(text), x] : [x, x + labelWidth(text)];
};
const crosses = (svg: string, line: number) => { const [a, b] = span(svg); return a - 2 <= line && line <= b + 2; };

describe('completion labels and the time-progress line', () => {
  const left = 96, tp = 576;
  it('stay after the bar where the line is far', () => {
    const svg = completionLabel('40.0%', 300, left, tp, 20);
    expect(span(svg)[0]).toBe(304);
    expect(crosses(svg, tp)).toBe(false);
  });
  it('go inside the bar, in white, when the line would cross them after it', () => {
    for (const end of [530, 540, 550, 560, 570, 574]) {
      const svg = completionLabel('95.0%', end, left, tp, 20);
      expect(crosses(svg, tp)).toBe(false);
      expect(svg).toContain('fill="#fff"');
      expect(span(svg)[1]).toBeLessThanOrEqual(end);
    }
  });
  it('go after the line when the bar is too short to hold them', () => {
    const svg = completionLabel('5.0%', 110, left, 120, 20);
    expect(crosses(svg, 120)).toBe(false);
    expect(span(svg)[0]).toBeGreaterThan(120);
  });
  it('after the line when the bar passes it', () => {
    const svg = completionLabel('120.0%', 600, left, tp, 20);
    expect(crosses(svg, tp)).toBe(false);
  });
});

describe('the last cumulative label of the monthly chart', () => {
  it('stands above the planned line where the district is behind plan (12.5% against 16.7% in February)', () => {
    const b = bulletin(snapshot(loadMemory(base()).model, DECLARED, '2022-03-05'), '2022-02');
    expect(b.overall.completion!).toBeLessThan(b.overall.timeProgress);
    const svg = monthlyChart(b);
    // the planned line's point of the last month, and the label's baseline
    const plan = /<polyline points="([^"]+)" fill="none" stroke="#555"/.exec(svg)![1].split(' ').map((p) => p.split(',').map(Number));
    const last = b.monthly.length - 1;
    const label = /<text x="[\d.]+" y="([\d.]+)" text-anchor="end" fill="#1f4e9c">/.exec(svg)!;
    expect(Number(label[1])).toBeLessThanOrEqual(plan[last][1] - 8);
  });
});

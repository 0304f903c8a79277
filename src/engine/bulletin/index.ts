// AS-1 the monthly bulletin (月度通报) and AS-4 the inspection bulletin (督查通报) as data: every
// number a bulletin states is computed here, the templates only lay it out (and `--format json`
// prints exactly this). Pure: the snapshot and the month in, plain data out. One section a file;
// this assembler only puts them in the bulletin's order.
//
// Scope: progress, starts, completions and countdown tasks are those of the annual plan of the
// bulletin's year (年度建设计划); ledgers, problems, findings and scores cover every listed
// project and unit, because a meeting list that leaves some out would mislead.
import { monthsBetween } from '../dates.js';
import type { Snapshot } from '../snapshot.js';
import { bulletinContext, provenance, type BulletinContext, type ProgressRow, type Provenance } from './context.js';
import { countdown, type Countdown } from './countdown.js';
import { inspections, type Inspections } from './findings.js';
import { leadUnits, sectors, slowest, type GroupRow } from './groups.js';
import { ledgers, type Ledgers } from './ledgers.js';
import { monthlyPoints, overall, type MonthPoint, type Overall } from './overall.js';
import { problems, type Problems } from './problems.js';
import { scores, type Scores } from './scores.js';

export { bulletinContext, inProtocolOrder, provenance, type BulletinContext, type ProgressRow, type Provenance } from './context.js';
export type { Countdown, TaskRow } from './countdown.js';
export { findingRow, targetName, type FindingRow, type Inspections } from './findings.js';
export type { GroupRow } from './groups.js';
export type { LedgerRow, Ledgers, OwnerLedgers } from './ledgers.js';
export type { MonthPoint, Overall } from './overall.js';
export type { CategoryRow, EscalationItem, ProblemRow, Problems } from './problems.js';
export type { AnnualRow, AnnualScores, ScoreRow, Scores } from './scores.js';
export { inspectionBulletin, type InspectionBulletin } from './inspection.js';

/** 期号 and 印发日期: the bulletins are numbered through the year, one a month; issued on the as-of date. */
export interface Issue { number: number; date: string }

export interface Bulletin {
  kind: 'monthly';
  source: Provenance;
  year: number;
  month: string;
  monthNumber: number;
  issue: Issue;
  overall: Overall;
  monthly: MonthPoint[];
  sectors: GroupRow[];
  leadUnits: GroupRow[];
  slowest: ProgressRow[];
  projects: ProgressRow[];
  countdown: Countdown;
  ledgers: Ledgers;
  problems: Problems;
  inspections: Inspections;
  scores: Scores;
}

/** The monthly bulletin for `month` (YYYY-MM) as known on the snapshot's as-of date. */
export function bulletin(s: Snapshot, month: string): Bulletin {
  const c = bulletinContext(s, month);
  return {
    kind: 'monthly', source: provenance(s), year: c.year, month, monthNumber: Number(month.slice(5, 7)), issue: issue(c),
    overall: overall(c), monthly: monthlyPoints(c),
    sectors: sectors(c), leadUnits: leadUnits(c), slowest: slowest(c), projects: c.projects,
    countdown: countdown(c),
    ledgers: ledgers(c),
    problems: problems(c),
    inspections: inspections(c),
    scores: scores(c),
  };
}

/** The first bulletin of a year is the one for its first tracked month (January, or `since` in its first year). */
export function issue(c: BulletinContext): Issue {
  const since = c.m.config.since;
  const first = since.startsWith(`${c.year}-`) ? since : `${c.year}-01`;
  return { number: Math.max(1, monthsBetween(first, c.month).length), date: c.s.asOf };
}

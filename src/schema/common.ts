// Building blocks shared by the record schemas (FORMAT.md "Conventions for every record").
import { z } from 'zod';
import { DATE_RE, isCalendarDate } from '../util/index.js';

export { DATE_RE, isCalendarDate };

export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;
export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Device names of Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9, any case): a file cannot bear
 * them there, and a record's file name is its id, so they are refused as ids.
 */
export const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export function isReservedName(id: string): boolean { return RESERVED_NAMES.test(id); }
const notReserved = (s: string) => !isReservedName(s);

export const unitId = z.string().regex(UNIT_ID).refine(notReserved, { params: { key: 'reservedId' } }).describe('单位或人员 id:小写字母、数字和连字符,如 transport-bureau、wang-li');
export const personId = z.string().regex(UNIT_ID).describe('人员 id(在某个单位的 people 中定义),如 chen-jie');
export const recordId = z.string().regex(RECORD_ID).refine(notReserved, { params: { key: 'reservedId' } }).describe('记录 id:字母、数字和连字符,如 KZ-2022-001');
export const date = z.string().regex(DATE_RE).refine(isCalendarDate, { params: { key: 'date' } }).describe('日期 YYYY-MM-DD,须为日历上存在的日期');
export const month = z.string().regex(MONTH_RE).describe('月份 YYYY-MM');
/** A year written as 2022 or "2022". */
export const yearKey = z.string().regex(/^\d{4}$/);
export const year = z.union([z.number().int().min(1990).max(2100), z.string().regex(/^\d{4}$/)]).describe('年份,如 2022');
/** KP-2: 万元, ≥ 0, at most 2 decimals; at most 2^53 - 1, beyond which a number cannot hold it exactly. */
export const money = z.number().min(0).max(Number.MAX_SAFE_INTEGER).refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { params: { key: 'money2' } }).describe('金额,单位万元,不小于 0,最多两位小数 (KP-2)');
export const note = z.string().describe('备注(自由文本)').optional();
export const text = z.string().min(1);

/** Last path segments that hold money: schema faults there are KP-2. */
export const MONEY_FIELDS = new Set(['total_investment', 'amount', 'requested', 'approved', 'on_success', 'on_failure', 'fee', 'planned_investment', 'invested']);

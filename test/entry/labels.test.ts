// Flags take the Chinese labels staff see (src/entry/labels.ts); errors list what is allowed.
import { describe, expect, it } from 'vitest';
import { allowedValues, enumValue } from '../../src/entry/labels.js';
import { PROBLEM_CATEGORIES, STAGES, UNIT_TYPES } from '../../src/schema/index.js';

describe('enumValue', () => {
  it('takes the value, the whole label, the label without its note, or a unique part', () => {
    expect(enumValue('stage', STAGES, 'construction')).toBe('construction');
    expect(enumValue('stage', STAGES, '在建')).toBe('construction');
    expect(enumValue('stage', STAGES, '在建(加快建设)')).toBe('construction');
    expect(enumValue('category', PROBLEM_CATEGORIES, '用地')).toBe('land');
    expect(enumValue('category', PROBLEM_CATEGORIES, '征地拆迁')).toBe(null);
    expect(enumValue('type', UNIT_TYPES, '区属国有企业')).toBe('soe');
  });
  it('refuses what fits no value or more than one, and a single character', () => {
    expect(enumValue('stage', STAGES, '施工')).toBe(null);
    expect(enumValue('category', PROBLEM_CATEGORIES, '保障')).toBe(null);
    expect(enumValue('stage', STAGES, '建')).toBe(null);
  });
});

describe('allowedValues', () => {
  it('lists every value with its Chinese label, or the values in English', () => {
    expect(allowedValues('stage', STAGES, 'zh')).toBe('储备(reserve)、前期(preliminary)、在建(construction)、已完工(completed)、暂停(suspended)');
    expect(allowedValues('stage', STAGES, 'en')).toBe(STAGES.join(' | '));
  });
});

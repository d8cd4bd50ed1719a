import { describe, it, expect } from 'vitest';
import {
  createActionInput,
  createAreaInput,
  createObjectiveInput,
  createPlanInput,
  updateObjectiveInput,
} from './plan';

const areaId = '33333333-3333-4333-8333-333333333333';

describe('createObjectiveInput', () => {
  it('rejects an empty title with the path ["title"]', () => {
    const r = createObjectiveInput.safeParse({ areaId, title: '' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([['title']]);
  });

  it('rejects a whitespace-only title with the path ["title"]', () => {
    const r = createObjectiveInput.safeParse({ areaId, title: '   \n\t ' });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toHaveLength(1);
    expect(r.error!.issues[0]!.path).toEqual(['title']);
    expect(r.error!.issues[0]!.message).toBe('required');
  });

  it('rejects a missing title', () => {
    const r = createObjectiveInput.safeParse({ areaId });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toContainEqual(['title']);
  });

  it('trims title, code and description', () => {
    const r = createObjectiveInput.parse({
      areaId,
      title: '  Domiciliarità  ',
      code: ' A.1 ',
      description: ' testo\n',
    });
    expect(r).toEqual({ areaId, title: 'Domiciliarità', code: 'A.1', description: 'testo' });
  });

  it('defaults description and code to an empty string', () => {
    expect(createObjectiveInput.parse({ areaId, title: 'Domiciliarità' })).toEqual({
      areaId,
      title: 'Domiciliarità',
      code: '',
      description: '',
    });
  });

  it('rejects a title longer than 300 characters, accepts 300', () => {
    expect(createObjectiveInput.safeParse({ areaId, title: 'x'.repeat(300) }).success).toBe(true);
    const r = createObjectiveInput.safeParse({ areaId, title: 'x'.repeat(301) });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['title']);
  });

  it('rejects an area id that is not a UUID', () => {
    const r = createObjectiveInput.safeParse({ areaId: 'area-1', title: 'X' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['areaId']);
  });
});

describe('other create and update inputs', () => {
  it('createAreaInput defaults description and classification code', () => {
    expect(createAreaInput.parse({ title: ' Anziani ' })).toEqual({
      title: 'Anziani',
      description: '',
      classificationCode: null,
    });
  });

  it('createActionInput and updateObjectiveInput refuse a blank title', () => {
    const objectiveId = areaId;
    expect(createActionInput.safeParse({ objectiveId, title: ' ' }).error!.issues[0]!.path).toEqual(
      ['title'],
    );
    const r = updateObjectiveInput.safeParse({
      code: '',
      title: '',
      description: '',
      areaId,
      version: 1,
    });
    expect(r.error!.issues.map((i) => i.path)).toEqual([['title']]);
  });

  it('createPlanInput checks the period, naming period.endYear', () => {
    const r = createPlanInput.safeParse({
      title: 'Piano',
      period: { startYear: 2014, endYear: 2012 },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toContainEqual(['period', 'endYear']);
  });
});

import { describe, expect, it } from 'vitest';
import { auditChanges, auditSubject } from './audit-changes';
import { auditEntityTypes, auditQuerySchema } from './audit';
import { auditFieldKeys, auditFieldSpecs } from './audit-fields';
import { auditDayRange, startOfDay } from './audit-days';

const objective = {
  id: '00000000-0000-4000-8000-000000000001',
  areaId: '00000000-0000-4000-8000-000000000002',
  code: 'OB1',
  title: 'Domiciliarità',
  description: 'Sostenere la permanenza a casa',
  position: 0,
  version: 3,
  sharedWithOtherDistricts: false,
  coDesign: false,
  targetGroups: [{ userAreaCode: 'ELD', expected: 120 }],
  status: 'planned',
};

describe('audit changes', () => {
  it('lists only the fields that changed, with stable keys and their nature', () => {
    const changes = auditChanges({
      entityType: 'objective',
      before: objective,
      after: { ...objective, title: 'Domiciliarità e cura', coDesign: true, version: 4 },
    });
    expect(changes).toEqual([
      {
        field: 'title',
        before: { kind: 'text', text: 'Domiciliarità', long: false },
        after: { kind: 'text', text: 'Domiciliarità e cura', long: false },
      },
      {
        field: 'coDesign',
        before: { kind: 'boolean', value: false },
        after: { kind: 'boolean', value: true },
      },
    ]);
  });

  it('keeps money in cents, days as days, choices as choices', () => {
    const changes = auditChanges({
      entityType: 'availability',
      before: { sourceCode: 'FNPS', year: 2013, amount: 123456, carryOver: 0, version: 1 },
      after: { sourceCode: 'FNPS', year: 2013, amount: 150000, carryOver: 2500, version: 2 },
    });
    expect(changes).toEqual([
      {
        field: 'amount',
        before: { kind: 'money', cents: 123456 },
        after: { kind: 'money', cents: 150000 },
      },
      {
        field: 'carryOver',
        before: { kind: 'money', cents: 0 },
        after: { kind: 'money', cents: 2500 },
      },
    ]);
    expect(
      auditChanges({
        entityType: 'action',
        before: { title: 'A', startDate: null, status: 'planned' },
        after: { title: 'A', startDate: '2013-01-15', status: 'inProgress' },
      }),
    ).toEqual([
      { field: 'startDate', before: { kind: 'empty' }, after: { kind: 'date', iso: '2013-01-15' } },
      {
        field: 'status',
        before: { kind: 'choice', set: 'workStatus', value: 'planned' },
        after: { kind: 'choice', set: 'workStatus', value: 'inProgress' },
      },
    ]);
  });

  it('turns rows into parts named by their field and nested objects into dotted keys', () => {
    const changes = auditChanges({
      entityType: 'service',
      before: { name: 'Centro', contacts: { phone: '', email: 'a@b.it', website: '' } },
      after: { name: 'Centro', contacts: { phone: '', email: 'c@d.it', website: '' } },
    });
    expect(changes.map((c) => c.field)).toEqual(['contacts.email']);

    const [groups] = auditChanges({
      entityType: 'objective',
      before: objective,
      after: { ...objective, targetGroups: [{ userAreaCode: 'ELD', expected: 150 }] },
    });
    expect(groups?.after).toEqual({
      kind: 'list',
      items: [
        {
          kind: 'row',
          parts: [
            { field: 'targetGroups.userAreaCode', value: { kind: 'code', code: 'ELD' } },
            { field: 'targetGroups.expected', value: { kind: 'number', value: 150 } },
          ],
        },
      ],
    });
  });

  it('a created item lists what it was given, a deleted one what it had; bookkeeping never', () => {
    const created = auditChanges({ entityType: 'objective', before: null, after: objective });
    expect(created.map((c) => c.field)).toEqual([
      'title',
      'description',
      'areaId',
      'code',
      'targetGroups',
      'status',
    ]);
    expect(created.every((c) => c.before.kind === 'empty')).toBe(true);
    const deleted = auditChanges({
      entityType: 'chapter',
      before: { title: 'Allegati' },
      after: null,
    });
    expect(deleted).toEqual([
      {
        field: 'title',
        before: { kind: 'text', text: 'Allegati', long: false },
        after: { kind: 'empty' },
      },
    ]);
  });

  it('a field a partial record does not mention is absent, not empty', () => {
    const changes = auditChanges({
      entityType: 'plan',
      before: { title: 'Piano', phase: 'drafting' },
      after: { title: 'Piano', phase: 'approved', versionNumber: 1 },
    });
    expect(changes[1]).toEqual({
      field: 'versionNumber',
      before: { kind: 'absent' },
      after: { kind: 'number', value: 1 },
    });
  });

  it('reads old reorders (bare lists of ids) and new ones (titles) alike', () => {
    const ids = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
    const [old] = auditChanges({ entityType: 'area', before: ids, after: [...ids].reverse() });
    expect(old?.field).toBe('order');
    expect(old?.after).toEqual({
      kind: 'list',
      items: [
        { kind: 'ref', to: null, id: ids[1] },
        { kind: 'ref', to: null, id: ids[0] },
      ],
    });
    const [titles] = auditChanges({
      entityType: 'plan',
      before: { title: 'Piano', order: ['A', 'B'] },
      after: { title: 'Piano', order: ['B', 'A'] },
    });
    expect(titles?.field).toBe('order');
  });

  it('a fixed municipal share is a list of municipality and percentage', () => {
    const m = '00000000-0000-4000-8000-0000000000cc';
    const [rule] = auditChanges({
      entityType: 'municipalShareRule',
      before: { sourceCode: 'COM', rule: { kind: 'perInhabitant' } },
      after: { sourceCode: 'COM', rule: { kind: 'fixed', shares: { [m]: 10000 } } },
    });
    expect(rule?.field).toBe('rule.kind');
    const shares = auditChanges({
      entityType: 'municipalShareRule',
      before: { rule: { kind: 'perInhabitant' } },
      after: { rule: { kind: 'fixed', shares: { [m]: 10000 } } },
    })[1];
    expect(shares?.after).toEqual({
      kind: 'list',
      items: [
        {
          kind: 'row',
          parts: [
            {
              field: 'rule.shares.municipality',
              value: { kind: 'ref', to: 'municipality', id: m },
            },
            { field: 'rule.shares.value', value: { kind: 'percent', value: 100 } },
          ],
        },
      ],
    });
  });

  it('ids recorded beside their names are listed by name only', () => {
    const id = '00000000-0000-4000-8000-0000000000dd';
    const changes = auditChanges({
      entityType: 'objective',
      before: { code: 'OB1', title: 'T', needs: [], needIds: [] },
      after: { code: 'OB1', title: 'T', needs: ['Solitudine degli anziani'], needIds: [id] },
    });
    expect(changes.map((c) => c.field)).toEqual(['needs']);
    const old = auditChanges({
      entityType: 'objective',
      before: { needIds: [] },
      after: { needIds: [id] },
    });
    expect(old.map((c) => c.field)).toEqual(['needIds']);
  });

  it('context recorded to name the item is never listed as a change', () => {
    expect(
      auditChanges({
        entityType: 'allocation',
        before: null,
        after: { actionTitle: 'Voucher', sourceCode: 'FNPS', year: 2013, amount: 5000 },
      }).map((c) => c.field),
    ).toEqual(['sourceCode', 'year', 'amount']);
  });

  it('every field of every item type has a stable key', () => {
    for (const type of auditEntityTypes) {
      expect(auditFieldSpecs[type], type).toBeDefined();
      for (const key of auditFieldKeys(type))
        expect(key).toMatch(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/);
    }
  });
});

describe('audit subject', () => {
  it('names the item by code and title, or as its record names it', () => {
    expect(auditSubject({ entityType: 'objective', before: null, after: objective })).toEqual({
      type: 'objective',
      code: 'OB1',
      name: 'Domiciliarità',
      context: null,
    });
    expect(
      auditSubject({
        entityType: 'availability',
        before: null,
        after: { sourceCode: 'FNPS', year: 2013, amount: 1 },
      }).name,
    ).toBe('FNPS 2013');
    expect(
      auditSubject({
        entityType: 'allocation',
        before: null,
        after: { actionTitle: 'Voucher', sourceCode: 'FNPS', year: 2013 },
      }),
    ).toMatchObject({ name: 'FNPS 2013', context: 'Voucher' });
    expect(
      auditSubject({ entityType: 'service', before: { name: 'Centro diurno' }, after: null }).name,
    ).toBe('Centro diurno');
    expect(auditSubject({ entityType: 'area', before: ['x'], after: ['x'] }).name).toBeNull();
  });
});

describe('audit days', () => {
  it('a day begins at Italian midnight, winter and summer time alike', () => {
    expect(startOfDay('2012-03-26').toISOString()).toBe('2012-03-25T22:00:00.000Z');
    expect(startOfDay('2012-01-10').toISOString()).toBe('2012-01-09T23:00:00.000Z');
    // the night the clocks go forward (25/03/2012) still starts at midnight, in winter time
    expect(startOfDay('2012-03-25').toISOString()).toBe('2012-03-24T23:00:00.000Z');
  });

  it('the range includes both days', () => {
    const { since, until } = auditDayRange('2012-03-26', '2012-03-26');
    expect(since?.toISOString()).toBe('2012-03-25T22:00:00.000Z');
    expect(until?.toISOString()).toBe('2012-03-26T22:00:00.000Z');
    expect(auditDayRange(undefined, undefined)).toEqual({ since: undefined, until: undefined });
  });

  it('the query refuses an end before the start, naming `to`', () => {
    const bad = auditQuerySchema.safeParse({ from: '2012-03-26', to: '2012-03-01' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['to']);
    const format = auditQuerySchema.safeParse({ from: '26/03/2012' });
    expect(format.error?.issues[0]).toMatchObject({ path: ['from'], code: 'invalid_format' });
  });
});

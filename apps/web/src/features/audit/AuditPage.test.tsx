import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDateTime, listAuditActors, listAuditEvents } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { auditEvent, district, ids } from '../../testing/fixtures';
import { json, problem } from '../../testing/server';

const lead = district.organizations[0]!;
const ats = district.organizations[1]!;
const base = `/districts/${ids.district}/audit`;

const events = [
  auditEvent(1, '2012-03-26T16:45:00.000Z', {
    before: { code: 'OB1', title: 'Domiciliarità', coDesign: false, version: 3 },
    after: { code: 'OB1', title: 'Domiciliarità e cura', coDesign: true, version: 4 },
  }),
  auditEvent(2, '2012-03-26T15:00:00.000Z', {
    action: 'budget.availability_changed',
    entityType: 'availability',
    before: { sourceCode: 'FNPS', year: 2013, amount: 123456, carryOver: 0, version: 1 },
    after: { sourceCode: 'FNPS', year: 2013, amount: 150000, carryOver: 0, version: 2 },
  }),
  auditEvent(3, '2012-03-26T14:00:00.000Z', {
    action: 'action.updated',
    entityType: 'action',
    before: {
      title: 'Voucher per la domiciliarità',
      startDate: null,
      leadOrganizationId: lead.id,
      partners: [],
    },
    after: {
      title: 'Voucher per la domiciliarità',
      startDate: '2013-01-15',
      leadOrganizationId: ats.id,
      partners: [{ organizationId: lead.id, role: 'Gestione dei voucher' }],
    },
  }),
  auditEvent(4, '2012-03-26T13:00:00.000Z', {
    actor: null,
    action: 'chapter.created',
    entityType: 'chapter',
    before: null,
    after: { title: 'Allegati', kind: 'annexes', body: '', version: 1 },
  }),
];

function server() {
  return signedInServer('planOffice')
    .on(listAuditActors, {
      items: [
        { id: ids.user, name: 'Giulia Bianchi' },
        { id: '00000000-0000-4000-8000-0000000000a2', name: 'Sara Conti' },
      ],
    })
    .on(listAuditEvents, (req) =>
      req.query.get('before')
        ? json({ items: [auditEvent(9, '2012-03-01T07:00:00.000Z')], nextBefore: null })
        : req.query.get('actorId')
          ? json({ items: [events[0]], nextBefore: null })
          : json({ items: events, nextBefore: '2012-03-26T13:00:00.000Z' }),
    );
}

describe('activity log', () => {
  test('says in words who changed what, in which item, from which value to which', async () => {
    const fake = server();
    renderApp(base);
    const list = await screen.findByRole('list', { name: 'Eventi registrati, dal più recente' });
    const text = list.textContent ?? '';

    expect(
      within(list).getByText(
        'Giulia Bianchi ha modificato l’obiettivo «OB1 – Domiciliarità e cura».',
      ),
    ).toBeTruthy();
    expect(
      within(list).getByText('Titolo: da «Domiciliarità» a «Domiciliarità e cura»'),
    ).toBeTruthy();
    expect(within(list).getByText('Co-progettazione: da No a Sì')).toBeTruthy();
    // unchanged fields and bookkeeping are not listed
    expect(text).not.toContain('Codice');
    expect(text).not.toContain('version');

    expect(
      within(list).getByText(
        'Giulia Bianchi ha modificato le risorse disponibili della fonte FNPS per il 2013.',
      ),
    ).toBeTruthy();
    expect(within(list).getByText('Importo: da 1.234,56 € a 1.500,00 €')).toBeTruthy();

    expect(within(list).getByText('Data di inizio: da nessun valore a 15/01/2013')).toBeTruthy();
    expect(
      within(list).getByText('Ente capofila: da Consorzio Sociale Pavese a ATS di Pavia'),
    ).toBeTruthy();
    expect(
      within(list).getByText(
        'Partner: da nessun valore a Consorzio Sociale Pavese (Ruolo: «Gestione dei voucher»)',
      ),
    ).toBeTruthy();

    expect(within(list).getByText('Il sistema ha aggiunto il capitolo «Allegati».')).toBeTruthy();
    await userEvent.click(within(list).getByText(/Mostra i 2 valori registrati/));
    expect(within(list).getByText('Tipo di capitolo: Allegati')).toBeTruthy();

    expect(within(list).getByText(formatDateTime('2012-03-26T16:45:00.000Z'))).toBeTruthy();
    expect(text).not.toContain('{"');
    expect(screen.getByRole('status').textContent).toBe('4 eventi mostrati.');

    await userEvent.click(screen.getByRole('button', { name: 'Carica altri eventi' }));
    expect(await within(list).findByText(formatDateTime('2012-03-01T07:00:00.000Z'))).toBeTruthy();
    expect(fake.requestsTo(listAuditEvents)[1]?.query.get('before')).toBe(
      '2012-03-26T13:00:00.000Z',
    );
    expect(screen.getByRole('status').textContent).toBe(
      '5 eventi mostrati. Non ci sono altri eventi.',
    );

    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(
      await within(list).findByText(
        'Giulia Bianchi edited the objective “OB1 – Domiciliarità e cura”.',
      ),
    ).toBeTruthy();
    expect(within(list).getByText('Amount: from €1,234.56 to €1,500.00')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      '5 events shown. There are no more events.',
    );
  });

  test('filters by person, type of item and days, and announces what it found', async () => {
    const fake = server();
    renderApp(base);
    await screen.findByRole('list', { name: 'Eventi registrati, dal più recente' });
    const form = screen.getByRole('group', { name: 'Filtra gli eventi' });
    await userEvent.selectOptions(within(form).getByLabelText('Persona'), 'Giulia Bianchi');
    await userEvent.selectOptions(within(form).getByLabelText('Tipo di elemento'), 'Obiettivi');
    await userEvent.type(within(form).getByLabelText('Dal giorno'), '2012-03-01');
    await userEvent.type(within(form).getByLabelText('Al giorno'), '2012-03-31');
    await userEvent.click(within(form).getByRole('button', { name: 'Applica i filtri' }));

    expect(await screen.findByText('1 evento mostrato. Non ci sono altri eventi.')).toBeTruthy();
    const last = fake.requestsTo(listAuditEvents).at(-1)!;
    expect(Object.fromEntries(last.query)).toMatchObject({
      actorId: ids.user,
      entityType: 'objective',
      from: '2012-03-01',
      to: '2012-03-31',
    });
  });

  test('an end day before the start day is refused under the field, in words', async () => {
    const fake = server();
    renderApp(base);
    await screen.findByRole('list', { name: 'Eventi registrati, dal più recente' });
    const asked = fake.requestsTo(listAuditEvents).length;
    await userEvent.type(screen.getByLabelText('Dal giorno'), '2012-03-26');
    await userEvent.type(screen.getByLabelText('Al giorno'), '2012-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Applica i filtri' }));
    const to = screen.getByLabelText('Al giorno');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        'La data del campo «Al giorno» non può precedere quella di inizio: indica un giorno uguale o successivo.',
      ),
    ).toBeTruthy();
    expect(fake.requestsTo(listAuditEvents)).toHaveLength(asked);
  });

  test('a day the server refuses shows under the field it names', async () => {
    signedInServer('planOffice')
      .on(listAuditActors, { items: [] })
      .on(listAuditEvents, () =>
        problem('VALIDATION_FAILED', {
          issues: [
            {
              field: 'query.from',
              message: 'Invalid ISO date',
              code: 'invalid_format',
              format: 'date',
            },
          ],
        }),
      );
    renderApp(`${base}?from=2012-02-30`);
    expect(
      await screen.findByText(
        'Il campo «Dal giorno» deve contenere una data valida nel formato gg/mm/aaaa, ad esempio 26/03/2012.',
      ),
    ).toBeTruthy();
  });

  test('the menu hides the activity log from roles that cannot read it', async () => {
    signedInServer('partner');
    renderApp(`/districts/${ids.district}`);
    await screen.findByRole('link', { name: 'Piani' });
    expect(screen.queryByRole('link', { name: 'Registro attività' })).toBeNull();
  });
});

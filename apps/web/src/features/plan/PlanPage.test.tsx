import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { italianDate, planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { json, noContent, problem } from '../../testing/server';
import { ids, plan, planTree } from '../../testing/fixtures';

const planPath = `/districts/${ids.district}/plans/${ids.plan}`;

async function openPlan() {
  renderApp(planPath);
  await screen.findByRole('heading', { level: 1, name: 'Piano di Zona 2012–2014' });
}

describe('plan page', () => {
  test('shows the plan, its phase in words, the approved versions and the tree', async () => {
    signedInServer('mayor');
    await openPlan();
    expect(screen.getByText('Stesura')).toBeTruthy();
    expect(screen.getAllByText('Dati dimostrativi').length).toBeGreaterThan(0);
    const versions = await screen.findByRole('table', { name: /Versioni approvate/ });
    expect(within(versions).getByText('26/03/2012')).toBeTruthy();
    expect(within(versions).getByText('Deliberazione n. 3 del 26/03/2012')).toBeTruthy();
    expect(within(versions).getByText(/Impronta completa: a3f1c2d4e5b6/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Minori e famiglia' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: /Sostenere le famiglie/ })).toBeTruthy();
    // in the tree (the navigator beside it lists it too)
    const content = screen.getByRole('region', { name: 'Aree, obiettivi e azioni' });
    expect(within(content).getByText('Centro per la famiglia')).toBeTruthy();
    expect(document.title).toBe(
      'Piano di Zona 2012–2014 · Distretto sociale di Pavia · Piano di Zona',
    );
  });

  test('a mayor reads the plan without any edit or phase control', async () => {
    signedInServer('mayor');
    await openPlan();
    expect(screen.queryByRole('button', { name: /Modifica/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Elimina/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Aggiungi/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Approva/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Registro attività' })).toBeNull();
  });

  test('the plan office gets edit, move, delete, add and approve controls', async () => {
    signedInServer('planOffice');
    await openPlan();
    expect(
      screen.getByRole('button', { name: 'Modifica obiettivo «Sostenere le famiglie»' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Sposta giù area «Minori e famiglia»' }),
    ).toBeTruthy();
    expect(
      (
        screen.getByRole('button', {
          name: 'Sposta su area «Minori e famiglia»',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    expect(screen.getByRole('button', { name: 'Aggiungi area' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approva il piano' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registro attività' })).toBeTruthy();
  });

  test('a plan outside drafting is read-only even for the plan office', async () => {
    signedInServer('planOffice').on(planContracts.get, planTree({ phase: 'approved' }));
    await openPlan();
    expect(screen.getByText('Il piano è in sola lettura nella fase attuale.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Modifica/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Apri un aggiornamento' })).toBeTruthy();
  });

  test('saving an objective sends the version last read', async () => {
    const server = signedInServer('planOffice');
    server.on(planContracts.updateObjective, (req) =>
      json({ ...(req.body as object), id: ids.objective1, position: 1, version: 4 }),
    );
    await openPlan();
    await userEvent.click(
      screen.getByRole('button', { name: 'Modifica obiettivo «Sostenere le famiglie»' }),
    );
    const title = screen.getByLabelText(/Titolo dell’obiettivo/);
    await userEvent.clear(title);
    await userEvent.type(title, 'Sostenere i genitori');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Modifiche salvate.')).toBeTruthy();
    const sent = server.requestsTo(planContracts.updateObjective)[0];
    expect(sent?.body).toMatchObject({
      title: 'Sostenere i genitori',
      code: 'OB1',
      version: 3,
      areaId: ids.areaMinors,
    });
    expect(sent?.headers['x-csrf-token']).toBe('csrf-planOffice');
  });

  test('a required title left empty is flagged beside the field', async () => {
    const server = signedInServer('planOffice');
    await openPlan();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi area' }));
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const field = screen.getByLabelText(/Titolo dell’area/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Compila il campo «Titolo dell’area»: è obbligatorio.',
    );
    expect(server.requestsTo(planContracts.createArea)).toHaveLength(0);
  });

  test('the area form takes no more than the API does and words a control character', async () => {
    const server = signedInServer('planOffice');
    await openPlan();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi area' }));
    const title = screen.getByLabelText(/Titolo dell’area/) as HTMLInputElement;
    expect(title.maxLength).toBe(300);
    expect((screen.getByLabelText(/Descrizione/) as HTMLTextAreaElement).maxLength).toBe(10_000);
    fireEvent.change(title, { target: { value: 'Casa\u0007' } });
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Il campo «Titolo dell’area» contiene caratteri di controllo, invisibili e non ammessi (capita copiando da altri programmi): riscrivi il testo o incollalo senza formattazione.',
    );
    expect(server.requestsTo(planContracts.createArea)).toHaveLength(0);
  });

  test('a server VALIDATION_FAILED names the field', async () => {
    signedInServer('planOffice').on(planContracts.createAction, () =>
      problem('VALIDATION_FAILED', { issues: [{ field: 'body.title', message: 'required' }] }),
    );
    await openPlan();
    await userEvent.click(
      screen.getByRole('button', { name: /Aggiungi azione – obiettivo «Domiciliarità»/ }),
    );
    await userEvent.type(screen.getByLabelText(/Titolo dell’azione/), '   x');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText('Compila il campo «Titolo dell’azione»: è obbligatorio.'),
    ).toBeTruthy();
  });

  test('VERSION_CONFLICT shows who won: the current values, and never overwrites silently', async () => {
    const current = {
      id: ids.objective1,
      areaId: ids.areaMinors,
      code: 'OB1-bis',
      title: 'Famiglie al centro',
      description: 'Testo cambiato da un collega.',
      position: 1,
      version: 5,
    };
    const server = signedInServer('planOffice');
    server.on(planContracts.updateObjective, () => problem('VERSION_CONFLICT', { current }));
    await openPlan();
    await userEvent.click(
      screen.getByRole('button', { name: 'Modifica obiettivo «Sostenere le famiglie»' }),
    );
    const title = screen.getByLabelText(/Titolo dell’obiettivo/) as HTMLInputElement;
    await userEvent.clear(title);
    await userEvent.type(title, 'Il mio titolo');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));

    const notice = await screen.findByText('Modifica in conflitto');
    const box = notice.closest('.alert') as HTMLElement;
    expect(box.textContent).toContain('Qualcun altro ha modificato questi dati');
    expect(within(box).getByText('Famiglie al centro')).toBeTruthy();
    expect(within(box).getByText('OB1-bis')).toBeTruthy();
    expect(title.value).toBe('Il mio titolo');

    await userEvent.click(within(box).getByRole('button', { name: 'Carica i valori attuali' }));
    expect((screen.getByLabelText(/Titolo dell’obiettivo/) as HTMLInputElement).value).toBe(
      'Famiglie al centro',
    );

    // saving now quotes the version the user has seen
    server.on(planContracts.updateObjective, (req) =>
      json({ ...current, ...(req.body as object), version: 6 }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await screen.findByText('Modifiche salvate.');
    const calls = server.requestsTo(planContracts.updateObjective);
    expect(calls.map((c) => (c.body as { version: number }).version)).toEqual([3, 5]);
  });

  test('deleting an area asks first, naming what goes with it', async () => {
    const server = signedInServer('planOffice');
    server.on(planContracts.deleteArea, () => noContent());
    await openPlan();
    await userEvent.click(screen.getByRole('button', { name: 'Elimina area «Minori e famiglia»' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(
      'Eliminare l’area «Minori e famiglia»? Sarà eliminato anche l’obiettivo che contiene, con le sue 2 azioni.',
    );
    expect(server.requestsTo(planContracts.deleteArea)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Elimina' }));
    await screen.findByText('«Minori e famiglia» eliminato.');
    expect(server.requestsTo(planContracts.deleteArea)[0]?.query.get('version')).toBe('2');
  });

  test('moving an area down sends the new order and keeps focus on the moved area', async () => {
    const server = signedInServer('planOffice');
    server.on(planContracts.reorderAreas, () => {
      // from now on the server answers with the new order
      const tree = planTree();
      const [minors, elderly] = tree.areas;
      server.on(planContracts.get, {
        ...tree,
        areas: [
          { ...elderly, position: 1 },
          { ...minors, position: 2 },
        ],
      });
      return json({ items: [] });
    });
    await openPlan();
    await userEvent.click(
      screen.getByRole('button', { name: 'Sposta giù area «Minori e famiglia»' }),
    );
    await screen.findByText('«Minori e famiglia» spostato in posizione 2 di 2.');
    const areaHeadings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(areaHeadings).toEqual(['Anziani', 'Minori e famiglia']);
    // now last, its "down" button is disabled: focus goes to its "up" button
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Sposta su area «Minori e famiglia»' }),
      ),
    );
    expect(server.requestsTo(planContracts.reorderAreas)[0]?.body).toEqual({
      ids: [ids.areaElderly, ids.areaMinors],
    });
  });

  test('approving asks for confirmation and sends the plan version with the resolution', async () => {
    const server = signedInServer('planOffice');
    server.on(planContracts.transition, {
      ...plan,
      phase: 'approved',
      version: 8,
      latestApprovedVersion: 2,
    });
    await openPlan();
    await userEvent.click(screen.getByRole('button', { name: 'Approva il piano' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Conferma l’approvazione' });
    await userEvent.type(within(dialog).getByLabelText(/Deliberazione/), 'Delibera n. 3/2012');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approva e congela la versione' }),
    );
    await screen.findByText('Il piano è ora nella fase «Approvato».');
    expect(server.requestsTo(planContracts.transition)[0]?.body).toEqual({
      transition: 'approve',
      version: 7,
      resolution: 'Delibera n. 3/2012',
      // the day of the resolution is today unless the user writes another
      decisionDate: italianDate(new Date()),
    });
  });

  test('approving with the day of the resolution sends it, and refuses a day that is not real or to come', async () => {
    const server = signedInServer('planOffice');
    server.on(planContracts.transition, { ...plan, phase: 'approved', version: 8 });
    await openPlan();
    await userEvent.click(screen.getByRole('button', { name: 'Approva il piano' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Conferma l’approvazione' });
    const day = within(dialog).getByRole('textbox', { name: /Data della deliberazione/ });
    const confirm = within(dialog).getByRole('button', { name: 'Approva e congela la versione' });
    await userEvent.clear(day);
    await userEvent.type(day, '31/02/2012');
    await userEvent.click(confirm);
    expect(await within(dialog).findByText(/Scrivi la data come gg\/mm\/aaaa/)).toBeTruthy();
    await userEvent.clear(day);
    await userEvent.type(day, '01/01/2999');
    await userEvent.click(confirm);
    expect(await within(dialog).findByText(/non può essere successiva a oggi/)).toBeTruthy();
    expect(server.requestsTo(planContracts.transition)).toHaveLength(0);
    await userEvent.clear(day);
    await userEvent.type(day, '26/03/2012');
    await userEvent.click(confirm);
    await screen.findByText('Il piano è ora nella fase «Approvato».');
    expect(server.requestsTo(planContracts.transition)[0]?.body).toMatchObject({
      decisionDate: '2012-03-26',
    });
  });
});

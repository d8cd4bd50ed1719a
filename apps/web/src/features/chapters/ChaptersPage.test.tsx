import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { budgetContracts, chapterContracts, planContracts, type Chapter } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { json, problem } from '../../testing/server';
import { ids, planTree } from '../../testing/fixtures';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const chaptersPath = `/districts/${ids.district}/plans/${ids.plan}/chapters`;

function chapter(n: number, overrides: Partial<Chapter> = {}): Chapter {
  return {
    id: uuid(700 + n),
    planId: ids.plan,
    kind: 'other',
    title: `Capitolo ${n}`,
    body: '',
    position: n,
    version: 1,
    ...overrides,
  };
}

const resources = chapter(1, {
  kind: 'resources',
  title: 'Quadro delle risorse',
  body: 'Le risorse del triennio.\n\n{{tabella:budgetBySource}}',
  version: 4,
});
const governance = chapter(2, { kind: 'governance', title: 'Governance del piano' });
const annexes = chapter(3, { kind: 'annexes', title: 'Allegati' });

function serverWith(role: 'planOffice' | 'mayor', chapters: Chapter[]) {
  return signedInServer(role)
    .on(chapterContracts.list, { items: chapters })
    .on(budgetContracts.get, {
      availability: [
        { sourceCode: 'FNPS', year: 2012, amount: 10_000_000, carryOver: 0, version: 1 },
        { sourceCode: 'FNPS', year: 2013, amount: 12_345_678, carryOver: 0, version: 1 },
      ],
      allocations: [],
    })
    .on(planContracts.classification, (req) =>
      json({
        items:
          req.params.scheme === 'fundingSource'
            ? [
                {
                  scheme: 'fundingSource',
                  code: 'FNPS',
                  labelIt: 'Fondo nazionale per le politiche sociali',
                  labelEn: 'National social policy fund',
                  position: 1,
                },
              ]
            : [],
      }),
    );
}

describe('chapters list', () => {
  test('offers to create the nine standard chapters when there are none', async () => {
    const server = serverWith('planOffice', []);
    server.on(chapterContracts.createStandard, () => json({ items: [resources, governance] }, 201));
    renderApp(chaptersPath);
    expect(await screen.findByText('Il piano non ha ancora capitoli.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Crea i capitoli standard' }));
    expect(await screen.findByRole('link', { name: /Quadro delle risorse/ })).toBeTruthy();
    expect(server.requestsTo(chapterContracts.createStandard)).toHaveLength(1);
  });

  test('moves a chapter down with its button and sends the whole new order', async () => {
    const server = serverWith('planOffice', [resources, governance, annexes]);
    server.on(chapterContracts.reorder, (req) => {
      const order = (req.body as { ids: string[] }).ids;
      const all = [resources, governance, annexes];
      return json({ items: order.map((id) => all.find((c) => c.id === id)) });
    });
    renderApp(chaptersPath);
    const list = await screen.findByRole('list', { name: 'Capitoli, nell’ordine del piano' });
    const up = within(list).getByRole('button', { name: 'Sposta su «Quadro delle risorse»' });
    expect((up as HTMLButtonElement).disabled).toBe(true);
    const down = within(list).getByRole('button', { name: 'Sposta giù «Quadro delle risorse»' });
    await userEvent.click(down);
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual([
        'Capitolo 1: Governance del piano',
        'Capitolo 2: Quadro delle risorse',
        'Capitolo 3: Allegati',
      ]),
    );
    expect(server.requestsTo(chapterContracts.reorder)[0]?.body).toEqual({
      ids: [governance.id, resources.id, annexes.id],
    });
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Sposta giù «Quadro delle risorse»',
      ),
    );
  });

  test('a mayor reads the list without move, delete or add controls', async () => {
    serverWith('mayor', [resources, governance]);
    renderApp(chaptersPath);
    await screen.findByRole('link', { name: /Quadro delle risorse/ });
    expect(screen.queryByRole('button', { name: /Sposta/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Elimina/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Aggiungi capitolo' })).toBeNull();
  });
});

describe('chapter editor', () => {
  async function openEditor() {
    renderApp(`${chaptersPath}/${resources.id}`);
    return (await screen.findByLabelText('Testo del capitolo (Markdown)')) as HTMLTextAreaElement;
  }

  test('the toolbar puts Markdown at the caret and the table menu inserts a live table line', async () => {
    serverWith('planOffice', [resources]);
    const body = await openEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Formattazione del testo' });

    // select "risorse" in the first line and make it bold
    const start = body.value.indexOf('risorse');
    body.focus();
    body.setSelectionRange(start, start + 'risorse'.length);
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Grassetto' }));
    expect(body.value.startsWith('Le **risorse** del triennio.')).toBe(true);
    expect(document.activeElement).toBe(body);
    expect(body.value.slice(body.selectionStart, body.selectionEnd)).toBe('risorse');

    // caret at the very end: a heading prefix on the caret's line, then a live table
    body.setSelectionRange(0, 0);
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Titolo di sezione' }));
    expect(body.value.startsWith('### Le **risorse**')).toBe(true);
    body.setSelectionRange(body.value.length, body.value.length);
    const menu = within(toolbar).getByRole('button', { name: /Inserisci tabella dinamica/ });
    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Obiettivi del piano' }));
    expect(body.value.endsWith('{{tabella:budgetBySource}}\n\n{{tabella:objectives}}\n\n')).toBe(
      true,
    );
  });

  test('the preview renders the live table with the current figures of the budget', async () => {
    serverWith('planOffice', [resources]);
    await openEditor();
    const preview = screen.getByRole('region', { name: 'Anteprima del capitolo' });
    const table = await within(preview).findByRole('table', {
      name: 'Risorse disponibili per fonte di finanziamento e anno',
    });
    const row = within(table).getByRole('row', {
      name: /Fondo nazionale per le politiche sociali/,
    });
    expect(within(row).getByText('100.000,00 €')).toBeTruthy();
    expect(within(row).getByText('123.456,78 €')).toBeTruthy();
    expect(within(row).getByText('223.456,78 €')).toBeTruthy();
    expect(within(preview).getByText('Le risorse del triennio.')).toBeTruthy();
  });

  test('saves on blur with the version read, then with the version of the answer', async () => {
    const server = serverWith('planOffice', [resources]);
    let version = resources.version;
    server.on(chapterContracts.update, (req) => {
      version += 1;
      return json({ ...resources, ...(req.body as object), version });
    });
    const body = await openEditor();
    await userEvent.type(body, ' Altro.');
    fireEvent.blur(body);
    await waitFor(() => expect(server.requestsTo(chapterContracts.update)).toHaveLength(1));
    expect(server.requestsTo(chapterContracts.update)[0]?.body).toEqual({
      body: `${resources.body} Altro.`,
      version: 4,
    });
    await screen.findByText('Tutte le modifiche sono salvate.');
    const title = screen.getByLabelText(/Titolo del capitolo/);
    await userEvent.clear(title);
    await userEvent.type(title, 'Risorse');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(server.requestsTo(chapterContracts.update)).toHaveLength(2));
    expect(server.requestsTo(chapterContracts.update)[1]?.body).toEqual({
      title: 'Risorse',
      version: 5,
    });
  });

  test('a conflict shows the saved text and keeps what the user typed', async () => {
    const server = serverWith('planOffice', [resources]);
    server.on(chapterContracts.update, () =>
      problem('VERSION_CONFLICT', {
        current: { ...resources, body: 'Testo di un collega', version: 6 },
      }),
    );
    const body = await openEditor();
    await userEvent.type(body, ' Mio.');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Testo di un collega')).toBeTruthy();
    expect(body.value).toBe(`${resources.body} Mio.`);
    await userEvent.click(screen.getByRole('button', { name: 'Mantieni le mie modifiche' }));
    server.on(chapterContracts.update, (req) =>
      json({ ...resources, ...(req.body as object), version: 7 }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(server.requestsTo(chapterContracts.update)).toHaveLength(2));
    expect(server.requestsTo(chapterContracts.update)[1]?.body).toEqual({
      body: `${resources.body} Mio.`,
      version: 6,
    });
  });

  test('read-only roles and closed phases see the rendered chapter only', async () => {
    serverWith('mayor', [resources]);
    renderApp(`${chaptersPath}/${resources.id}`);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Quadro delle risorse' }),
    ).toBeTruthy();
    expect(
      await screen.findByRole('table', {
        name: 'Risorse disponibili per fonte di finanziamento e anno',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Salva' })).toBeNull();
  });

  test('the plan office too reads only, once the plan is approved', async () => {
    serverWith('planOffice', [resources]).on(planContracts.get, planTree({ phase: 'approved' }));
    renderApp(`${chaptersPath}/${resources.id}`);
    await screen.findByRole('heading', { level: 2, name: 'Quadro delle risorse' });
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

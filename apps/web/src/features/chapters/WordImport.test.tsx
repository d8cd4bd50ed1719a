import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chapterContracts, wordImportMediaType, type Chapter } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { json, problem } from '../../testing/server';
import { ids } from '../../testing/fixtures';

const chapter: Chapter = {
  id: '00000000-0000-4000-8000-000000000801',
  planId: ids.plan,
  kind: 'contextAndNeeds',
  title: 'Analisi del contesto',
  body: 'Testo di partenza.',
  position: 0,
  version: 4,
};
const converted = {
  markdown: '# Il distretto\n\nLa popolazione è **in crescita**.\n\n- Minori\n  - Affido',
  notKept: [
    { kind: 'image', count: 2, detail: 'Logo del distretto' },
    { kind: 'footnote', count: 1 },
  ],
};
const docx = () =>
  new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'contesto.docx', { type: wordImportMediaType });

function server() {
  return signedInServer('planOffice').on(chapterContracts.list, { items: [chapter] });
}

/** Opens the editor, then the Word import, and converts a file. */
async function convert(file = docx()) {
  renderApp(`/districts/${ids.district}/plans/${ids.plan}/chapters/${chapter.id}`);
  await userEvent.click(await screen.findByRole('button', { name: 'Importa da un file Word' }));
  await userEvent.upload(screen.getByLabelText('File Word (.docx)'), file);
  await userEvent.click(screen.getByRole('button', { name: 'Converti il file' }));
}

const body = () => screen.getByLabelText('Testo del capitolo (Markdown)') as HTMLTextAreaElement;

describe('a chapter from a Word file', () => {
  test('previews the text and what it leaves out, and replaces the body only on confirmation', async () => {
    const api = server()
      .on(chapterContracts.importWord, converted)
      .on(chapterContracts.update, (req) =>
        json({ ...chapter, ...(req.body as object), version: 5 }),
      );
    await convert();

    const dialog = await screen.findByRole('alertdialog', {
      name: 'Sostituire il testo del capitolo con quello del file «contesto.docx»?',
    });
    const sent = api.requestsTo(chapterContracts.importWord);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['content-type']).toBe(wordImportMediaType);
    const list = within(dialog).getByRole('list', { name: 'Cosa non è stato mantenuto' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '2 immagini non importate — Dettagli: Logo del distretto',
      '1 nota a piè di pagina tolta, con il suo testo',
    ]);
    const preview = within(dialog).getByRole('region', { name: 'Anteprima del testo convertito' });
    expect(within(preview).getByRole('heading', { level: 1, name: 'Il distretto' })).toBeTruthy();
    expect(within(preview).getByText('in crescita').tagName).toBe('STRONG');
    // nothing changed yet, and the safe choice has the focus
    expect(body().value).toBe('Testo di partenza.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annulla' }));
    expect(api.requestsTo(chapterContracts.update)).toHaveLength(0);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Sostituisci il testo del capitolo' }),
    );
    await waitFor(() => expect(body().value).toBe(converted.markdown));
    expect(api.requestsTo(chapterContracts.update)[0]?.body).toEqual({
      body: converted.markdown,
      version: 4,
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Testo del capitolo sostituito con quello del file.',
      ),
    );
    expect(screen.getByText('Tutte le modifiche sono salvate.')).toBeTruthy();
  });

  test('a chapter changed meanwhile is not overwritten unless the user chooses to', async () => {
    const api = server()
      .on(chapterContracts.importWord, { ...converted, notKept: [] })
      .on(chapterContracts.update, () =>
        problem('VERSION_CONFLICT', {
          current: { ...chapter, body: 'Testo di un collega', version: 6 },
        }),
      );
    await convert();
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog).getByText('Tutto il contenuto del file è stato convertito.'),
    ).toBeTruthy();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Sostituisci il testo del capitolo' }),
    );
    expect(
      await screen.findByText(
        'Il capitolo è stato modificato da qualcun altro dopo che l’hai aperto: il testo non è stato sostituito.',
      ),
    ).toBeTruthy();
    expect(body().value).toBe('Testo di partenza.');

    api.on(chapterContracts.update, (req) =>
      json({ ...chapter, ...(req.body as object), version: 7 }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sostituisci comunque' }));
    await waitFor(() => expect(body().value).toBe(converted.markdown));
    expect(api.requestsTo(chapterContracts.update).map((r) => r.body)).toEqual([
      { body: converted.markdown, version: 4 },
      { body: converted.markdown, version: 6 },
    ]);
  });

  test('cancelling leaves the chapter as it was', async () => {
    const api = server().on(chapterContracts.importWord, converted);
    await convert();
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(dialog.isConnected).toBe(false);
    expect(body().value).toBe('Testo di partenza.');
    expect(api.requestsTo(chapterContracts.update)).toHaveLength(0);
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Importazione annullata: il testo del capitolo non è cambiato.',
      ),
    );
  });

  test('says in words why a file is refused', async () => {
    const api = server().on(chapterContracts.importWord, () =>
      problem('VALIDATION_FAILED', { problems: [{ code: 'notAWordFile', guess: 'pdf' }] }),
    );
    await convert();
    expect(
      await screen.findByText(
        'Il file è un PDF, non un documento Word (.docx): aprilo in Word e salvalo come .docx, oppure copia il testo nel capitolo.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Il file è un PDF');

    api.on(chapterContracts.importWord, () =>
      problem('VALIDATION_FAILED', {
        problems: [{ code: 'tooLong', max: 200_000, actual: 231_456 }],
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Converti il file' }));
    expect(
      await screen.findByText(
        'Il testo convertito è lungo 231.456 caratteri, ma un capitolo ne può avere al massimo 200.000: dividi il documento in più capitoli.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('refuses a file over 10 MB before sending it, and asks for a file when there is none', async () => {
    const api = server();
    renderApp(`/districts/${ids.district}/plans/${ids.plan}/chapters/${chapter.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Importa da un file Word' }));
    await userEvent.click(screen.getByRole('button', { name: 'Converti il file' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Scegli un file Word (.docx).');
    const large = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'grande.docx', {
      type: wordImportMediaType,
    });
    await userEvent.upload(screen.getByLabelText('File Word (.docx)'), large);
    await userEvent.click(screen.getByRole('button', { name: 'Converti il file' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Il file supera i 10 MB: non può essere importato.',
    );
    expect(screen.getByLabelText('File Word (.docx)').getAttribute('aria-invalid')).toBe('true');
    expect(api.requestsTo(chapterContracts.importWord)).toHaveLength(0);
  });
});

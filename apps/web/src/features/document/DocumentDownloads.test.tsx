import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { documentContracts, planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids, version } from '../../testing/fixtures';
import { problem } from '../../testing/server';

const sha = 'b'.repeat(64);

function pdfResponse(): Response {
  return new Response(new Uint8Array(2048), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="pavia-piano-di-zona-2012-2014-v1.pdf"',
    },
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the plan document in the back office', () => {
  test('says it is preparing the PDF, then hands the file to the browser and shows its fingerprint', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    URL.createObjectURL = vi.fn(() => 'blob:plan');
    URL.revokeObjectURL = vi.fn();
    let release: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (release = resolve));
    let kept = false;
    const server = signedInServer('planOffice')
      .on(planContracts.version, version)
      .on(documentContracts.kept, () =>
        Response.json({
          items: kept
            ? [
                {
                  format: 'pdf',
                  language: 'it',
                  sha256: sha,
                  byteSize: 2048,
                  createdAt: '2026-12-06T09:30:00Z',
                },
              ]
            : [],
        }),
      )
      .on(documentContracts.version, async () => {
        await ready;
        kept = true;
        return pdfResponse();
      });
    renderApp(`/districts/${ids.district}/plans/${ids.plan}/versions/1`);
    expect(await screen.findByRole('heading', { name: 'Documento del piano' })).toBeTruthy();
    expect(
      await screen.findByText('Nessun file ancora: il primo scaricamento lo genera e lo conserva.'),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Scarica il PDF' }));
    expect(await screen.findByText(/Sto preparando il PDF/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scarica il PDF' }).hasAttribute('disabled')).toBe(
      true,
    );
    release();
    expect(
      await screen.findByText('PDF pronto: pavia-piano-di-zona-2012-2014-v1.pdf (2 kB).'),
    ).toBeTruthy();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('pavia-piano-di-zona-2012-2014-v1.pdf');
    expect(await screen.findByText(sha)).toBeTruthy();
    const asked = server.requestsTo(documentContracts.version)[0]!;
    expect(asked.query.get('format')).toBe('pdf');
    expect(asked.query.get('lang')).toBe('it');
  });

  test('tells what went wrong when the document cannot be made, and lets the user try again', async () => {
    signedInServer('planOffice')
      .on(planContracts.version, version)
      .on(documentContracts.kept, { items: [] })
      .on(documentContracts.version, () => problem('SERVICE_UNAVAILABLE'));
    renderApp(`/districts/${ids.district}/plans/${ids.plan}/versions/1`);
    fireEvent.click(await screen.findByRole('button', { name: 'Scarica il file Word (DOCX)' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() =>
      expect(
        screen
          .getByRole('button', { name: 'Scarica il file Word (DOCX)' })
          .hasAttribute('disabled'),
      ).toBe(false),
    );
  });
});

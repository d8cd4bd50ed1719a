import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, useFormat, useI18n } from '.';

function Probe() {
  const format = useFormat();
  const { setLocale } = useI18n();
  return (
    <>
      <p>money {format.money(123456)}</p>
      <p>date {format.date('2012-03-26T10:00:00')}</p>
      <p>when {format.dateTime('2012-03-26T09:05:00')}</p>
      <p>people {format.number(99958)}</p>
      <button onClick={() => setLocale('en')}>english</button>
    </>
  );
}

describe('numbers, money and dates on screen', () => {
  test('Italian: 1.234,56 €, dd/mm/yyyy, grouped thousands', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('money 1.234,56 €')).toBeTruthy();
    expect(screen.getByText('date 26/03/2012')).toBeTruthy();
    expect(screen.getByText('when 26/03/2012 09:05')).toBeTruthy();
    expect(screen.getByText('people 99.958')).toBeTruthy();
  });

  test('English keeps dd/mm/yyyy but writes money and numbers its own way', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'english' }));
    expect(screen.getByText('money €1,234.56')).toBeTruthy();
    expect(screen.getByText('date 26/03/2012')).toBeTruthy();
    expect(screen.getByText('people 99,958')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('pdz.locale')).toBe('en');
  });
});

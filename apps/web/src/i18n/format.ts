import { formatDate, formatDateTime, formatMoney, formatNumber, type Cents } from '@pdz/core';
import { useMemo } from 'react';
import { useI18n } from './context';

/** Numbers, money and dates as the chosen language writes them (core does the formatting). */
export function useFormat() {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      money: (amount: Cents | number) => formatMoney(amount, locale),
      number: (value: number) => formatNumber(value, locale),
      date: (iso: string) => formatDate(iso),
      dateTime: (iso: string) => formatDateTime(iso),
    }),
    [locale],
  );
}

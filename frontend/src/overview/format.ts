// How the Overview writes numbers, changes and dates (in the reader's locale; periods in UTC, as the API counts).

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signedDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero',
});
const signedPercent = new Intl.NumberFormat(undefined, {
  style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero',
});
const signedPoints = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dayAndHour = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export const NONE = '–';

export const formatCount = (n: number | null): string => (n == null ? NONE : integer.format(n));
export const formatShare = (n: number | null): string => (n == null ? NONE : percent.format(n));
export const formatSentiment = (n: number | null): string => (n == null ? NONE : signedDecimal.format(n));
export const formatRating = (n: number | null): string => (n == null ? NONE : `${decimal.format(n)} ★`);

/** A change as the reader thinks of it: relative for volumes, points for shares, plain for scores. */
export type ChangeKind = 'relative' | 'points' | 'difference';

export function formatChange(current: number | null, previous: number | null, kind: ChangeKind): string | null {
  if (current == null || previous == null) return null;
  switch (kind) {
    case 'relative':
      return previous === 0 ? null : signedPercent.format((current - previous) / previous);
    case 'points':
      return `${signedPoints.format((current - previous) * 100)} pp`;
    case 'difference':
      return signedDecimal.format(current - previous);
  }
}

/** The bucket's start as a label: a day, or a day and hour for hourly series. */
export function formatBucket(start: string | number, interval: string): string {
  const when = new Date(start);
  return interval === 'hour' ? dayAndHour.format(when) : day.format(when);
}

/** "27 Oct 2026 – 25 Nov 2026": from inclusive, to exclusive (the last day shown is the one before to). */
export function formatPeriod(from: string, to: string): string {
  const start = new Date(from);
  const end = new Date(to);
  const midnight = end.getUTCHours() === 0 && end.getUTCMinutes() === 0;
  const last = midnight ? new Date(end.getTime() - 86_400_000) : end;
  const format = midnight && start.getUTCHours() === 0 ? day : dayAndHour;
  return format.formatRange(start, last < start ? start : last);
}

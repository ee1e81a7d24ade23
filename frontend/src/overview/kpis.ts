// The four key figures, each with its change against the period before.
import type { Stats } from './api';
import { element } from './dom';
import { formatChange, formatCount, formatRating, formatSentiment, formatShare, type ChangeKind } from './format';

interface Kpi {
  id: string;
  label: string;
  value: (s: Stats) => number | null;
  format: (n: number | null) => string;
  change: ChangeKind;
  /** +1: a rise is good news, -1: a rise is bad news, 0: neither. */
  goodWhenRising: 1 | -1 | 0;
  hint: string;
}

const KPIS: Kpi[] = [
  { id: 'volume', label: 'Feedback', value: (s) => s.count, format: formatCount, change: 'relative',
    goodWhenRising: 0, hint: 'feedback received in the period' },
  { id: 'sentiment', label: 'Average sentiment', value: (s) => s.avgSentiment, format: formatSentiment,
    change: 'difference', goodWhenRising: 1, hint: 'from -1 (negative) to +1 (positive)' },
  { id: 'negative', label: 'Negative', value: (s) => s.shareNegative, format: formatShare, change: 'points',
    goodWhenRising: -1, hint: 'share of feedback with negative sentiment' },
  { id: 'rating', label: 'Average rating', value: (s) => s.avgRating, format: formatRating, change: 'difference',
    goodWhenRising: 1, hint: 'stars, of the feedback that has a rating' },
];

export function renderKpis(container: HTMLElement, current: Stats, previous: Stats): void {
  container.replaceChildren(...KPIS.map((kpi) => tile(kpi, current, previous)));
}

function tile(kpi: Kpi, current: Stats, previous: Stats): HTMLElement {
  const now = kpi.value(current);
  const before = kpi.value(previous);
  const el = element('div', 'kpi');
  el.dataset.kpi = kpi.id;
  el.title = kpi.hint;
  el.append(element('span', 'kpi-label', kpi.label), element('strong', 'kpi-value', kpi.format(now)));
  const change = formatChange(now, before, kpi.change);
  const delta = element('span', 'kpi-change');
  if (change == null) {
    delta.textContent = before == null ? 'nothing to compare with before' : `previously ${kpi.format(before)}`;
  } else {
    delta.textContent = `${change} vs. ${kpi.format(before)} before`;
    const rising = (now ?? 0) - (before ?? 0);
    if (rising !== 0 && kpi.goodWhenRising !== 0) {
      delta.classList.add(Math.sign(rising) === kpi.goodWhenRising ? 'better' : 'worse');
    }
  }
  el.append(delta);
  return el;
}

// Top topics and aspects as bars coloured by their sentiment, and the breakdowns as tables with bars.
// Plain elements rather than a chart, so each item is a real link (keyboard, middle click, copy link).
import type { KeyStats } from './api';
import { element, sentimentColor } from './dom';
import { formatCount, formatSentiment, formatShare } from './format';

const DIMENSIONS: Record<string, string> = {
  channel: 'Channel', region: 'Region', platform: 'Platform', appVersion: 'App version',
};

/** {@code link}: where an item leads, or null when there is nothing to narrow the search by. */
export type LinkFor = (key: string) => string | null;

export function renderBars(list: HTMLElement, items: KeyStats[], link: LinkFor, nothing: string): void {
  const largest = Math.max(1, ...items.map((i) => i.count));
  list.replaceChildren(...items.map((item) => {
    const row = element('li', 'bar-row');
    row.append(label(item.key, link), bar(item, largest), element('span', 'bar-count', formatCount(item.count)),
      element('span', 'bar-detail', `${formatSentiment(item.avgSentiment)} · ${formatShare(item.shareNegative)} negative`));
    return row;
  }));
  if (items.length === 0) list.append(element('li', 'hint', nothing));
}

export function renderBreakdowns(container: HTMLElement, breakdowns: Record<string, KeyStats[]>,
  linkFor: (dimension: string) => LinkFor): void {
  container.replaceChildren(...Object.entries(breakdowns).map(([dimension, items]) => {
    const section = element('section', 'breakdown');
    section.dataset.dimension = dimension;
    section.append(element('h3', undefined, DIMENSIONS[dimension] ?? dimension), table(dimension, items, linkFor(dimension)));
    return section;
  }));
}

function table(dimension: string, items: KeyStats[], link: LinkFor): HTMLElement {
  const scroll = element('div', 'table-scroll');
  const t = element('table', 'list breakdown-table');
  const head = t.createTHead().insertRow();
  for (const title of [DIMENSIONS[dimension] ?? dimension, 'Feedback', 'Sentiment', 'Negative']) {
    head.append(element('th', undefined, title));
  }
  const body = t.createTBody();
  const largest = Math.max(1, ...items.map((i) => i.count));
  for (const item of items) {
    const row = body.insertRow();
    row.insertCell().append(label(item.key, link));
    const count = row.insertCell();
    count.className = 'count-cell';
    count.append(element('span', 'bar-count', formatCount(item.count)), bar(item, largest));
    row.insertCell().textContent = formatSentiment(item.avgSentiment);
    row.insertCell().textContent = formatShare(item.shareNegative);
  }
  if (items.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 4;
    cell.className = 'hint';
    cell.textContent = 'no feedback says';
  }
  scroll.append(t);
  return scroll;
}

function label(key: string, link: LinkFor): HTMLElement {
  const text = key === '' ? '(none)' : key;
  const href = key === '' ? null : link(key);
  if (href == null) return element('span', 'bar-label', text);
  const a = element('a', 'bar-label', text);
  a.href = href;
  return a;
}

// widths and colours are set through the DOM (CSSOM), which the Content-Security-Policy allows
function bar(item: KeyStats, largest: number): HTMLElement {
  const track = element('span', 'bar-track');
  const fill = element('span', 'bar-fill');
  fill.style.width = `${Math.max(1, (100 * item.count) / largest)}%`;
  fill.style.backgroundColor = sentimentColor(item.avgSentiment);
  track.title = `${formatCount(item.count)} feedback, sentiment ${formatSentiment(item.avgSentiment)}`;
  track.append(fill);
  return track;
}

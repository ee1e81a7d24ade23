// Building the page's elements from data: text always goes in as text, never as markup (topic names,
// versions and channels come from users' data).

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string):
    HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  return el;
}

/** -1 (negative) red, 0 grey, +1 (positive) green, in between mixed; null (not analysed): light grey. */
export function sentimentColor(score: number | null): string {
  if (score == null) return '#d0d5dd';
  const s = Math.max(-1, Math.min(1, score));
  const [from, to] = s < 0 ? [GREY, RED] : [GREY, GREEN];
  const t = Math.abs(s);
  const mix = from.map((c, i) => Math.round(c + ((to[i] ?? c) - c) * t));
  return `rgb(${mix.join(', ')})`;
}

const RED = [217, 45, 32];
const GREY = [152, 162, 179];
const GREEN = [18, 183, 106];

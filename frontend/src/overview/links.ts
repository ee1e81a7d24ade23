// Links from the Overview to the feedback behind a number: the Explorer (/) with the same product, period
// and narrowing, narrowed further to the item (a topic, an aspect, a channel, a region, a platform or an app
// version - the Explorer's exact filters, so the link lists exactly the feedback counted).

/** Explorer parameters for each dimension the Overview can link by. */
const NARROWING: Record<string, string> = {
  topics: 'topic', aspects: 'aspect', channel: 'channel', region: 'region', platform: 'platform',
  appVersion: 'appVersion',
};

/** The Explorer narrowed to {@code key} of {@code dimension}; null where it cannot narrow by it. */
export function searchLink(product: string | null, narrowing: Record<string, string>, dimension: string, key: string,
  from: string, to: string): string | null {
  const parameter = NARROWING[dimension];
  if (!parameter) return null;
  const params = new URLSearchParams();
  params.set(parameter, key);
  if (product) params.set('product', product);
  params.set('from', asDay(from, false));
  params.set('to', asDay(to, true));
  for (const [name, value] of Object.entries(narrowing)) {
    if (name !== parameter) params.set(name, value);
  }
  return `/?${params}`;
}

// the Explorer's "to" as a day is inclusive (that whole day), the API's "to" is exclusive
function asDay(instant: string, exclusiveEnd: boolean): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime()) || when.getUTCHours() + when.getUTCMinutes() + when.getUTCSeconds() !== 0) {
    return instant;
  }
  const day = exclusiveEnd ? new Date(when.getTime() - 86_400_000) : when;
  return day.toISOString().slice(0, 10);
}

import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineResult } from '../../src/brief/buildTimeline.ts';
import { drawTimeline, MAX_EVENTS_DRAWN } from '../../src/brief/drawTimeline.ts';

function event(date: string, basis: 'stated' | 'inferred', text: string, documents = 1): TimelineEvent {
  return {
    date,
    precision: 'day',
    basis,
    expression: basis === 'stated' ? '3 July' : null,
    text,
    documents,
    citations: [],
  };
}
function timeline(events: TimelineEvent[]): TimelineResult {
  return {
    entity: 'Khalifa Haftar',
    aliases: [],
    found: true,
    suggestions: [],
    range: { since: null, until: null },
    events,
    undated: [],
  };
}

describe('drawTimeline', () => {
  it('draws each dated event in order with its date, how it was dated and its corroboration', () => {
    const svg = drawTimeline(
      timeline([
        event('2020-07-03', 'stated', 'Forces seized the <port>.', 2),
        event('2020-07-10', 'inferred', 'Talks resumed.'),
      ]),
    );
    expect(svg).toContain('Timeline: Khalifa Haftar');
    expect(svg!.indexOf('2020-07-03')).toBeLessThan(svg!.indexOf('2020-07-10'));
    expect(svg).toContain('Forces seized the &lt;port&gt;.');
    expect(svg).toContain('stated: “3 July” · 2 documents');
    expect(svg).toContain('inferred: publication date');
  });

  it('draws nothing without dated events, and caps a long timeline', () => {
    expect(drawTimeline(timeline([]))).toBeNull();
    const svg = drawTimeline(
      timeline(
        Array.from({ length: MAX_EVENTS_DRAWN + 2 }, (_, i) =>
          event(`2020-07-${String(i + 1).padStart(2, '0')}`, 'inferred', `Event ${i}.`),
        ),
      ),
    );
    expect(svg?.match(/<circle /g)).toHaveLength(MAX_EVENTS_DRAWN);
    expect(svg).toContain('2 more not drawn');
  });
});

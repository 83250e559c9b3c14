import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawSupportGraph, MAX_DRAWN } from '../../src/brief/drawSupportGraph.ts';
import { MAX_PICTURE_BYTES, renderPng } from '../../src/brief/renderPng.ts';
import type { WhoBacksResult } from '../../src/brief/whoBacks.ts';

function result(
  backers: { name: string; support: string; documents: number }[],
  direction: 'backers' | 'backed' = 'backers',
): WhoBacksResult {
  return {
    entity: 'Khalifa Haftar',
    aliases: [],
    direction,
    found: true,
    suggestions: [],
    opposedBy: [],
    backers: backers.map((b) => ({ ...b, evidence: [] })),
  };
}

describe('drawSupportGraph', () => {
  it('draws the actor, each backer and the kinds of support, with text escaped', () => {
    const svg = drawSupportGraph(
      result([
        { name: 'Russia', support: 'backing, warplanes', documents: 2 },
        { name: 'Egypt & <Allies>', support: 'backing', documents: 1 },
      ]),
    );
    expect(svg).toContain('Who backs Khalifa Haftar');
    expect(svg).toContain('>Russia<');
    expect(svg).toContain('Egypt &amp; &lt;Allies&gt;');
    expect(svg).toContain('backing, warplanes');
    expect(svg).toContain('2 documents');
    expect(svg?.match(/<line /g)).toHaveLength(2);
  });

  it('draws nothing for an unknown actor or one nobody backs; caps the backers drawn and says so', () => {
    expect(drawSupportGraph(result([]))).toBeNull();
    expect(drawSupportGraph({ ...result([]), found: false })).toBeNull();
    const many = Array.from({ length: MAX_DRAWN + 3 }, (_, i) => ({
      name: `Backer ${i}`,
      support: 'backing',
      documents: 1,
    }));
    const svg = drawSupportGraph(result(many));
    expect(svg?.match(/<line /g)).toHaveLength(MAX_DRAWN);
    expect(svg).toContain('3 more not drawn');
  });

  it('renders to a PNG well within Discord’s attachment limit', async () => {
    const svg = drawSupportGraph(result([{ name: 'Russia', support: 'air support', documents: 2 }], 'backed'));
    const png = await renderPng(svg ?? '');
    expect(png?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png!.byteLength).toBeLessThan(MAX_PICTURE_BYTES);
    const { width, height } = await sharp(png!).metadata();
    expect([width, height].every((side) => side !== undefined && side > 100 && side <= 4096)).toBe(true);
  });
});

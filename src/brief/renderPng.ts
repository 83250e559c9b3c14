/**
 * Discord refuses attachments over 10 MiB on servers without boosts; a briefing picture stays far
 * below, and one that would not is not sent (the text answer stands on its own).
 */
export const MAX_PICTURE_BYTES = 8 * 1024 * 1024;

/**
 * An SVG drawing → PNG bytes, with sharp (librsvg underneath; installed with transformers.js).
 * Loaded on first use: most answers carry no picture, and start-up should not pay for it.
 * Returns null when the PNG would pass MAX_PICTURE_BYTES.
 */
export async function renderPng(svg: string): Promise<Buffer | null> {
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9, palette: true }).toBuffer();
  return png.byteLength <= MAX_PICTURE_BYTES ? png : null;
}

import { DETAIL_POINTS, SHAPES, type ShapePalette } from './image-shapes';
import { Rng } from './random';
import type { ShapeKind } from './vocab/types';

/**
 * One product photo as SVG: a studio backdrop (vertical gradient, faint diagonal texture),
 * a soft floor shadow and the product silhouette, framed by the camera angle. Only cheap
 * SVG features are used: an SVG <pattern> made a 1,100 px render 50× slower.
 */
export interface Composition {
  shape: ShapeKind;
  palette: ShapePalette;
  backdrop: readonly [string, string];
  /** 0 front, 1 side, 2 close-up, 3 from above, 4 styled on a table. */
  angle: number;
  /** Per-product seed: proportions and motifs stay the same across that product's angles. */
  variant: number;
  width: number;
  height: number;
}

/** Mixes a hex colour towards white (t > 0) or black (t < 0). */
export function shade(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => Math.round(t >= 0 ? c + (255 - c) * t : c * (1 + t));
  const r = channel((n >> 16) & 255);
  const g = channel((n >> 8) & 255);
  const b = channel(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

function angleTransform(c: Composition): string {
  const [dx, dy] = DETAIL_POINTS[c.shape];
  switch (c.angle % 5) {
    case 1:
      return 'translate(530 500) rotate(-9) scale(1 1.06) translate(-500 -500)';
    case 2:
      return `translate(500 500) scale(1.9) translate(${-dx} ${-dy})`;
    case 3:
      return 'translate(500 540) scale(1.1 0.68) rotate(14) translate(-500 -500)';
    case 4:
      return 'translate(590 560) scale(0.72) translate(-500 -500)';
    default:
      return 'translate(500 480) scale(1.1) translate(-500 -500)';
  }
}

export function compositionSvg(c: Composition): string {
  const rng = new Rng(c.variant);
  const { width: W, height: H, palette: p } = c;
  const scale = Math.min(W, H) / 1000;
  const frame = `translate(${((W - 1000 * scale) / 2).toFixed(1)} ${((H - 1000 * scale) / 2).toFixed(1)}) scale(${scale.toFixed(4)})`;
  // A few broad strokes read as fabric texture; each full-canvas stroke costs ~0.1 ms to rasterise.
  const lineCount = 10 + (c.variant % 7);
  const step = Math.ceil((W + H) / lineCount);
  const texture = Array.from(
    { length: lineCount },
    (_, i) => `<path d="M${i * step - H} 0L${i * step} ${H}" stroke="#ffffff" stroke-opacity="0.07" stroke-width="${3 + (i % 4)}"/>`,
  ).join('');
  const table =
    c.angle % 5 === 4
      ? `<rect x="0" y="${Math.round(H * 0.66)}" width="${W}" height="${Math.ceil(H * 0.34)}" fill="url(#table)"/>` +
        `<rect x="${Math.round(W * 0.1)}" y="${Math.round(H * 0.56)}" width="${Math.round(W * 0.16)}" height="${Math.round(H * 0.12)}" fill="${shade(c.backdrop[1], -0.25)}"/>`
      : '';
  const shape = SHAPES[c.shape](p, rng);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs>` +
    `<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.backdrop[0]}"/><stop offset="1" stop-color="${c.backdrop[1]}"/></linearGradient>` +
    `<linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b08a62"/><stop offset="1" stop-color="#7a5a3c"/></linearGradient>` +
    `<radialGradient id="shadow"><stop offset="0" stop-color="#000" stop-opacity="0.38"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="glow"><stop offset="0" stop-color="#ffe9a8" stop-opacity="0.75"/><stop offset="1" stop-color="#ffe9a8" stop-opacity="0"/></radialGradient>` +
    `<linearGradient id="body" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${p.dark}"/><stop offset="0.35" stop-color="${p.main}"/><stop offset="0.55" stop-color="${shade(p.main, 0.25)}"/><stop offset="1" stop-color="${p.dark}"/></linearGradient>` +
    `<linearGradient id="metal" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(p.accent, -0.3)}"/><stop offset="0.45" stop-color="${shade(p.accent, 0.55)}"/><stop offset="1" stop-color="${shade(p.accent, -0.4)}"/></linearGradient>` +
    `</defs>` +
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>` +
    texture +
    table +
    `<g transform="${frame}"><g transform="${angleTransform(c)}">` +
    `<ellipse cx="500" cy="870" rx="330" ry="52" fill="url(#shadow)"/>` +
    shape +
    `</g></g></svg>`
  );
}

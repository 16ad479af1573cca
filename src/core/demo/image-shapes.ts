import type { Rng } from './random';
import type { ShapeKind } from './vocab/types';

/**
 * Product silhouettes drawn in a 1000×1000 design space. Gradients `body` (shaded main
 * colour) and `metal` (accent) are defined by the frame. `rng` varies proportions and
 * motifs per product, so no two products look alike.
 */
export interface ShapePalette {
  main: string;
  dark: string;
  accent: string;
}

type ShapeDrawer = (p: ShapePalette, rng: Rng) => string;

const f = (n: number): string => n.toFixed(1);

const rug: ShapeDrawer = (p, rng) => {
  const w = rng.int(440, 520);
  const h = rng.int(620, 700);
  const x0 = 500 - w / 2;
  const y0 = 500 - h / 2;
  const fringe = Array.from({ length: 25 }, (_, k) => {
    const x = f(x0 + (k * w) / 24);
    return `<path d="M${x} ${f(y0)}V${f(y0 - 26)}M${x} ${f(y0 + h)}V${f(y0 + h + 26)}" stroke="#efe6d2" stroke-width="4"/>`;
  }).join('');
  const mw = w * rng.int(22, 32) / 100;
  const mh = h * rng.int(18, 26) / 100;
  const medallion = rng.chance(0.5)
    ? `<path d="M500 ${f(500 - mh)}L${f(500 + mw)} 500L500 ${f(500 + mh)}L${f(500 - mw)} 500Z" fill="${p.accent}"/><path d="M500 ${f(500 - mh * 0.55)}L${f(500 + mw * 0.55)} 500L500 ${f(500 + mh * 0.55)}L${f(500 - mw * 0.55)} 500Z" fill="${p.main}"/>`
    : `<ellipse cx="500" cy="500" rx="${f(mw)}" ry="${f(mh)}" fill="${p.accent}"/><ellipse cx="500" cy="500" rx="${f(mw * 0.55)}" ry="${f(mh * 0.55)}" fill="${p.dark}"/>`;
  const motifs = Array.from({ length: 4 }, (_, k) => {
    const cx = k % 2 ? x0 + w - 110 : x0 + 110;
    const cy = k < 2 ? y0 + 130 : y0 + h - 130;
    return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${rng.int(22, 36)}" fill="${p.accent}" opacity="0.8"/>`;
  }).join('');
  return (
    fringe +
    `<rect x="${f(x0)}" y="${f(y0)}" width="${w}" height="${h}" fill="${p.main}"/>` +
    `<rect x="${f(x0 + 22)}" y="${f(y0 + 22)}" width="${w - 44}" height="${h - 44}" fill="none" stroke="${p.accent}" stroke-width="18"/>` +
    `<rect x="${f(x0 + 54)}" y="${f(y0 + 54)}" width="${w - 108}" height="${h - 108}" fill="${p.dark}" opacity="0.45"/>` +
    medallion +
    motifs
  );
};

const vase: ShapeDrawer = (p, rng) => {
  const neck = rng.int(60, 100);
  const belly = rng.int(190, 260);
  const top = rng.int(170, 230);
  const body = `M${500 - neck} ${top}Q${500 - neck - 24} ${top + 60} ${500 - neck} ${top + 120}C${500 - belly - 40} 420 ${500 - belly} 700 ${f(500 - belly * 0.55)} 820L${f(500 + belly * 0.55)} 820C${500 + belly} 700 ${500 + belly + 40} 420 ${500 + neck} ${top + 120}Q${500 + neck + 24} ${top + 60} ${500 + neck} ${top}Z`;
  const bands = Array.from({ length: rng.int(1, 3) }, (_, k) => `<rect x="0" y="${430 + k * 90 + rng.int(0, 30)}" width="1000" height="${rng.int(10, 22)}" fill="${p.accent}"/>`).join('');
  return (
    `<clipPath id="vase"><path d="${body}"/></clipPath>` +
    `<path d="${body}" fill="url(#body)"/>` +
    `<g clip-path="url(#vase)">${bands}</g>` +
    `<ellipse cx="500" cy="${top}" rx="${neck}" ry="14" fill="${p.dark}"/>` +
    `<ellipse cx="${f(500 - belly * 0.45)}" cy="540" rx="18" ry="140" fill="#ffffff" opacity="0.22"/>`
  );
};

const shirt: ShapeDrawer = (p, rng) => {
  const hem = rng.int(790, 840);
  const sleeve = rng.int(150, 190);
  const body = `M380 200L300 230L${sleeve} 360L${sleeve + 70} 430L320 380L320 ${hem}L680 ${hem}L680 380L${1000 - sleeve - 70} 430L${1000 - sleeve} 360L700 230L620 200Q500 270 380 200Z`;
  const buttons = [300, 380, 460, 540].map((y) => `<circle cx="500" cy="${y}" r="9" fill="${p.accent}"/>`).join('');
  const embroidery = Array.from({ length: 9 }, (_, k) => `<path d="M${356 + k * 36} ${hem - 40}l12 -14l12 14l-12 14Z" fill="${p.accent}"/>`).join('');
  return (
    `<path d="${body}" fill="url(#body)"/>` +
    `<path d="M380 200Q500 290 620 200Q500 250 380 200Z" fill="${p.dark}"/>` +
    `<path d="M500 252V${hem}" stroke="${p.dark}" stroke-width="4"/>` +
    buttons +
    (rng.chance(0.6) ? embroidery : `<rect x="560" y="320" width="70" height="80" fill="none" stroke="${p.dark}" stroke-width="4"/>`)
  );
};

const ring: ShapeDrawer = (p, rng) => {
  const r = rng.int(38, 60);
  const sides = rng.pick([4, 6, 8, 32]);
  const gem = Array.from({ length: sides }, (_, k) => {
    const a = (Math.PI * 2 * k) / sides + Math.PI / sides;
    return `${f(500 + Math.cos(a) * r * 1.7)} ${f(360 + Math.sin(a) * r * 1.7)}`;
  }).join('L');
  return (
    `<ellipse cx="500" cy="570" rx="${rng.int(200, 240)}" ry="${rng.int(180, 210)}" fill="none" stroke="url(#metal)" stroke-width="${rng.int(34, 52)}"/>` +
    `<path d="M440 430L470 330M560 430L530 330" stroke="url(#metal)" stroke-width="14"/>` +
    `<path d="M${gem}Z" fill="${p.main}" stroke="${p.dark}" stroke-width="6"/>` +
    `<path d="M${f(500 - r)} 360L500 ${f(360 - r)}L${f(500 + r)} 360L500 ${f(360 + r)}Z" fill="#ffffff" opacity="0.25"/>` +
    `<circle cx="${f(500 - r * 0.6)}" cy="${f(360 - r * 0.7)}" r="${f(r * 0.25)}" fill="#ffffff" opacity="0.7"/>`
  );
};

const cup: ShapeDrawer = (p, rng) => {
  const top = rng.int(400, 460);
  const rim = rng.int(150, 180);
  const steam = Array.from({ length: 3 }, (_, k) => {
    const x = 440 + k * 60;
    return `<path d="M${x} ${top - 40}c-30 -40 30 -70 0 -110s30 -70 0 -110" fill="none" stroke="#ffffff" stroke-width="8" opacity="0.5"/>`;
  }).join('');
  return (
    `<ellipse cx="500" cy="790" rx="270" ry="52" fill="url(#metal)"/>` +
    `<path d="M${664} ${top + 70}C${780} ${top + 60} ${780} ${top + 250} ${650} ${top + 260}" fill="none" stroke="${p.dark}" stroke-width="26"/>` +
    `<path d="M${500 - rim} ${top}L${500 - rim + 30} 760Q500 800 ${500 + rim - 30} 760L${500 + rim} ${top}Z" fill="url(#body)"/>` +
    `<rect x="${500 - rim + 12}" y="${top + 90}" width="${2 * rim - 24}" height="${rng.int(12, 24)}" fill="${p.accent}"/>` +
    `<ellipse cx="500" cy="${top}" rx="${rim}" ry="30" fill="#8a4b12"/>` +
    steam
  );
};

const planter: ShapeDrawer = (p, rng) => {
  const leaves = Array.from({ length: rng.int(7, 11) }, (_, k) => {
    const angle = -80 + k * (160 / 10) + rng.int(-6, 6);
    const length = rng.int(120, 230);
    return `<ellipse cx="500" cy="${520 - length / 2}" rx="${rng.int(26, 40)}" ry="${length / 2}" fill="${k % 2 ? '#3f7d3a' : '#5a9a4a'}" transform="rotate(${angle} 500 520)"/>`;
  }).join('');
  return (
    leaves +
    `<path d="M330 560L370 840L630 840L670 560Z" fill="url(#body)"/>` +
    `<rect x="310" y="530" width="380" height="40" rx="10" fill="${p.dark}"/>` +
    `<rect x="345" y="${rng.int(620, 700)}" width="310" height="16" fill="${p.accent}"/>` +
    `<ellipse cx="500" cy="545" rx="170" ry="16" fill="#3b2a1e"/>`
  );
};

const lamp: ShapeDrawer = (p, rng) => {
  const shadeTop = rng.int(180, 240);
  const width = rng.int(200, 250);
  const dots = Array.from({ length: 18 }, (_, k) => `<circle cx="${320 + (k % 6) * 72}" cy="${shadeTop + 50 + Math.floor(k / 6) * 70}" r="14" fill="${p.accent}" opacity="0.85"/>`).join('');
  const shade = `M${500 - width * 0.6} ${shadeTop}L${500 + width * 0.6} ${shadeTop}L${500 + width} 470L${500 - width} 470Z`;
  return (
    `<circle cx="500" cy="380" r="340" fill="url(#glow)"/>` +
    `<clipPath id="shade"><path d="${shade}"/></clipPath>` +
    `<path d="${shade}" fill="url(#body)"/>` +
    `<g clip-path="url(#shade)">${dots}</g>` +
    `<rect x="488" y="470" width="24" height="${rng.int(260, 310)}" fill="url(#metal)"/>` +
    `<ellipse cx="500" cy="790" rx="${rng.int(110, 150)}" ry="34" fill="url(#metal)"/>`
  );
};

export const SHAPES: Record<ShapeKind, ShapeDrawer> = { rug, vase, shirt, ring, cup, planter, lamp };

/** Where a close-up shot zooms in, per shape (design-space coordinates). */
export const DETAIL_POINTS: Record<ShapeKind, readonly [number, number]> = {
  rug: [360, 300],
  vase: [500, 470],
  shirt: [500, 300],
  ring: [500, 380],
  cup: [520, 470],
  planter: [500, 430],
  lamp: [500, 330],
};

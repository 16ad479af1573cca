/**
 * Lossless metadata removal for an upright JPEG: copies the marker segments up to the
 * scan, dropping APP1 (EXIF, GPS, XMP), APP3–APP13 (IPTC, maker notes …), APP15 and COM.
 * It keeps APP0 (JFIF), APP2 (the ICC profile: colour, not metadata) and APP14 (Adobe:
 * needed to decode CMYK/YCCK). Other APP2 blocks (MPF) and anything after the first EOI
 * (MPF's appended depth maps and previews, which carry their own EXIF) are dropped.
 * Returns null when the stream is not what we expect, so the
 * caller re-encodes instead. The image data is untouched: no generation loss.
 */
const KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

export function stripJpegMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xda) {
      const end = indexOfEoi(bytes, i);
      if (end < 0) return null;
      parts.push(bytes.subarray(i, end + 2));
      return concat(parts);
    }
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (length < 2 || i + 2 + length > bytes.length) return null;
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const iccBlock = marker !== 0xe2 || isIccProfile(bytes, i + 4);
    const drop = (isApp && (!KEEP_APP.has(marker) || !iccBlock)) || marker === 0xfe;
    if (!drop) parts.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  return null;
}

const ICC_TAG = 'ICC_PROFILE\0';

function isIccProfile(bytes: Uint8Array, at: number): boolean {
  for (let k = 0; k < ICC_TAG.length; k++) if (bytes[at + k] !== ICC_TAG.charCodeAt(k)) return false;
  return true;
}

/**
 * Walks scans (and the tables between progressive scans) from the first SOS to EOI. In
 * entropy-coded data a 0xFF is followed by 00 (stuffing) or a restart marker; any other
 * marker is a segment with a length, so a table byte pair FF D9 cannot fool the walk.
 */
function indexOfEoi(bytes: Uint8Array, sos: number): number {
  let k = sos;
  while (k + 1 < bytes.length) {
    const marker = bytes[k + 1];
    if (marker === 0xd9) return k;
    if (k + 3 >= bytes.length) return -1;
    const length = (bytes[k + 2] << 8) | bytes[k + 3];
    if (length < 2) return -1;
    k += 2 + length;
    if (marker !== 0xda) {
      if (bytes[k] !== 0xff) return -1;
      continue;
    }
    // Entropy-coded data up to the next real marker.
    while (k + 1 < bytes.length) {
      if (bytes[k] === 0xff) {
        const next = bytes[k + 1];
        if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
      }
      k++;
    }
  }
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// The pixel size of a PNG or JPEG, read from its header (the mock stores images, it never decodes them).

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the header, or undefined when the bytes are not a PNG or JPEG it can read. */
export function imageSize(bytes: Uint8Array, contentType: string | undefined): ImageSize | undefined {
  if (contentType === "image/png") return pngSize(bytes);
  if (contentType === "image/jpeg") return jpegSize(bytes);
  return undefined;
}

// A PNG starts with its signature and the IHDR chunk: length, "IHDR", width, height (big-endian).
function pngSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.byteLength < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// A JPEG is a run of marker segments after SOI (FFD8); a start-of-frame segment (SOF0–SOF15 except
// DHT C4, JPG C8 and DAC CC) holds precision, height, width.
function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 <= bytes.byteLength) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

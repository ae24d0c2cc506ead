// Reading a rich menu image's pixel size from its header, as the mock does before storing it.
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { imageSize } from "../src/state/image-size.js";
import { SAMPLE_JPEG } from "../src/state/sample-image.js";

/** A PNG's signature and IHDR chunk (CRC left zero: the size reader does not check it), then data. */
function pngOf(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4, "latin1");
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 0, 0, 0, 0], 16);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, ihdr, deflateSync(Buffer.alloc(height * (width + 1)))]);
}

describe("imageSize", () => {
  it("reads a JPEG's frame header past its APP segments (the 16×16 sample carries JFIF and an ICC profile)", () => {
    expect(imageSize(SAMPLE_JPEG, "image/jpeg")).toEqual({ width: 16, height: 16 });
  });

  it("reads a PNG's IHDR", () => {
    expect(imageSize(pngOf(2500, 843), "image/png")).toEqual({ width: 2500, height: 843 });
  });

  it("gives up on bytes that are not the declared format", () => {
    expect(imageSize(pngOf(800, 250), "image/jpeg")).toBeUndefined();
    expect(imageSize(SAMPLE_JPEG, "image/png")).toBeUndefined();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0x00]), "image/jpeg")).toBeUndefined();
    expect(imageSize(new TextEncoder().encode("string"), "image/png")).toBeUndefined();
  });
});

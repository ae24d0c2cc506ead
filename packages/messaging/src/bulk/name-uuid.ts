// Name-based UUIDs (version 5, RFC 9562 §5.5): the same namespace and name always give the same
// UUID, which is what makes a chunk's retry key survive a restart. Web Crypto only (any runtime).

/** The namespace of linekit's bulk-send retry keys (a fixed random UUID, so keys never collide with other schemes). */
export const BULK_NAMESPACE = "6f1d6c1e-4f0b-4c2a-9a57-1b8f0c3e5d72";

const encoder = new TextEncoder();

export async function nameBasedUuid(namespace: string, name: string): Promise<string> {
  const space = hexBytes(namespace.replace(/-/g, ""));
  if (space.length !== 16) throw new TypeError(`not a UUID: ${namespace}`);
  const nameBytes = encoder.encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(space);
  input.set(nameBytes, 16);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-1", input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // the RFC's variant
  const hex = [...hash].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hexBytes(hex: string): Uint8Array {
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2) return new Uint8Array(0);
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/** jsPDF holds binary data (font files, deflated streams) as strings of one character per byte. */

/**
 * Bytes as a string of one character per byte, made a chunk at a time. Through `apply`, which takes
 * the typed array as it is: spread (`...bytes`) goes through an iterator, 8 times slower.
 */
export function bytesToBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]);
  return out;
}

/** A string of one character per byte (each under 256) as bytes. */
export function binaryStringToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

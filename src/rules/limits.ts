/** Longest ID (certification, transcript) the adapters send or accept, in characters. */
export const IDENTIFIER_MAX_LENGTH = 256;

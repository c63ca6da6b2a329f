/**
 * What every PDF builder needs from jsPDF besides text layout: the library itself, loaded on first
 * use (never with the page), and Info strings any script survives.
 */

import { zlibSync } from 'fflate';
import { binaryStringToBytes, bytesToBinaryString } from './binary-string.js';

type JsPdfModule = typeof import('../vendor/jspdf/index.js');

let jspdfModule: Promise<JsPdfModule> | undefined;

/** jsPDF (the part of it in src/vendor/jspdf/) once; a failed load (offline) is tried again on the next call. */
export function loadJsPdf(): Promise<JsPdfModule> {
  jspdfModule ??= import('../vendor/jspdf/index.js').then(
    (module) => {
      flateEncodeInChunks(module.jsPDF);
      return module;
    },
    (error: unknown) => {
      jspdfModule = undefined;
      throw error;
    },
  );
  return jspdfModule;
}

type StreamFilters = (data: string, filters?: string | string[]) => { data: string; reverseChain: string };

/**
 * jsPDF's stream filters (`jsPDF.API.processDataByFilters`, the filters plugin's hook that every
 * stream goes through) with FlateEncode's string glue done in chunks (jsPDF builds the deflated
 * page content back into a string one byte and one closure call at a time, with `reduce`) and the
 * same deflater (fflate's `zlibSync`) at level 2 instead of 6: on a certificate's page content a
 * fifth less time for 2% more bytes (1824 instead of 1791).
 */
function flateEncodeInChunks(jsPdfClass: JsPdfModule['jsPDF']): void {
  const api = jsPdfClass.API as unknown as { processDataByFilters?: StreamFilters };
  const theirs = api.processDataByFilters;
  if (typeof theirs !== 'function') return;
  api.processDataByFilters = (data, filters) => {
    const only = typeof filters === 'string' ? filters : filters?.length === 1 ? filters[0] : undefined;
    if (only !== 'FlateEncode' && only !== '/FlateEncode') return theirs(data, filters);
    return {
      data: bytesToBinaryString(zlibSync(binaryStringToBytes(data), { level: 2 })),
      reverseChain: '/FlateDecode',
    };
  };
}

/** PDF Info strings are PDFDocEncoding or UTF-16BE with a BOM; jsPDF writes them byte by byte. */
export function pdfInfoString(text: string): string {
  if (/^[\x20-\x7e\xa0-\xff]*$/.test(text)) return text;
  let out = '\xfe\xff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return out;
}

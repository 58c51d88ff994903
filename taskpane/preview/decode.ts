/**
 * Text encoding of an opened file: UTF-8 with a byte-order mark, UTF-8, or GB18030 (the superset
 * of GBK/GB2312 that Chinese Windows and many Chinese systems export CSV in).
 * Rule: a BOM (EF BB BF) means UTF-8; else the bytes are decoded as strict UTF-8
 * (`TextDecoder` with `fatal: true`), and when they are not valid UTF-8 as GB18030. GBK text is
 * almost never valid UTF-8 (its two-byte sequences start with 0x81–0xFE followed by bytes that
 * UTF-8 reserves for lead bytes), so the order is safe; the user can still force an encoding.
 * Source: WHATWG Encoding Standard (https://encoding.spec.whatwg.org/, "gb18030" decoder).
 * Cost: O(n) in the bytes, one or two decoding passes.
 * @example decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // => { text: "中文", encoding: "gb18030" }
 */
export const ENCODINGS = ["utf-8", "utf-8-bom", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Decodes `bytes` with the detected encoding, or with `forced` when the user chose one. */
export function decodeText(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced === "gb18030") return { text: new TextDecoder("gb18030").decode(bytes), encoding: forced };
  if (forced === "utf-8" || forced === "utf-8-bom" || hasBom(bytes)) {
    // TextDecoder("utf-8") drops a leading BOM itself.
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: hasBom(bytes) ? "utf-8-bom" : "utf-8" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * What a training's material may be: a PDF, a Word or PowerPoint document, or an image, recognised
 * by its first bytes and its name together — a program renamed "slides.pdf" is still a program.
 */
export const materialKinds = {
  pdf: { mime: "application/pdf", extensions: [".pdf"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: [".docx"] },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: [".pptx"] },
  png: { mime: "image/png", extensions: [".png"] },
  jpeg: { mime: "image/jpeg", extensions: [".jpg", ".jpeg"] },
  webp: { mime: "image/webp", extensions: [".webp"] },
} as const;
export type MaterialKind = keyof typeof materialKinds;

/** What the file input offers to choose. */
export const MATERIAL_ACCEPT = Object.values(materialKinds)
  .flatMap((k) => k.extensions)
  .join(",");

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/** The kind of file these bytes are, or null when it is none of the accepted ones. */
export function sniffMaterial(bytes: Uint8Array): MaterialKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "webp"; // RIFF....WEBP
  // Office documents are ZIPs whose entry names (stored uncompressed) name their main part
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, "[Content_Types].xml")) {
    if (contains(bytes, "word/")) return "docx";
    if (contains(bytes, "ppt/")) return "pptx";
  }
  return null;
}

/** The kind, when the name's extension and the bytes agree. */
export function materialKindOf(name: string, bytes: Uint8Array): MaterialKind | null {
  const kind = sniffMaterial(bytes);
  const lower = name.toLowerCase();
  return kind && materialKinds[kind].extensions.some((ext) => lower.endsWith(ext)) ? kind : null;
}

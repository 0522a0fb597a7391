/**
 * What a working paper may carry: a PDF or a Word document, recognised by its first bytes, not by
 * its name — a program renamed "paper.pdf" is still a program. Its size limit is in lib/uploads.ts.
 */
export const attachmentKinds = {
  pdf: { mime: "application/pdf", extension: ".pdf" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: ".docx" },
} as const;
export type AttachmentKind = keyof typeof attachmentKinds;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/** The kind of file these bytes are, or null when it is neither a PDF nor a DOCX. */
export function sniffAttachment(bytes: Uint8Array): AttachmentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  // a DOCX is a ZIP whose entry names (stored uncompressed) include the Word part
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, "[Content_Types].xml") && contains(bytes, "word/")) return "docx";
  return null;
}

/** The kind, when the name's extension and the bytes agree. */
export function attachmentKindOf(name: string, bytes: Uint8Array): AttachmentKind | null {
  const kind = sniffAttachment(bytes);
  return kind && name.toLowerCase().endsWith(attachmentKinds[kind].extension) ? kind : null;
}

/** A file name safe to show and to send back in a header: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-150);
  return clean || "attachment";
}

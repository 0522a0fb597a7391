/**
 * How large an uploaded file may be, in one place: the upload components refuse a larger file as it
 * is chosen (before anything is sent), the actions refuse it again with the same sentence, and Next's
 * server-action body limit (next.config.ts) leaves room for the largest of them. No server-only
 * import here: the browser reads these too.
 */
const MB = 1024 * 1024;

/** A working paper's attachment (PDF or DOCX). */
export const MAX_ATTACHMENT_BYTES = 10 * MB;
/** The signed text of a cooperation agreement (PDF or DOCX). */
export const MAX_DOCUMENT_BYTES = 10 * MB;
/** A training's material (PDF, DOCX, PPTX or an image). */
export const MATERIAL_MAX_BYTES = 20 * MB;

/**
 * The largest request body a server action accepts: the largest file above and 1 MB for the form's
 * other fields and the multipart framing. A body over it is answered 413 before it reaches an action.
 */
export const MAX_ACTION_BODY_BYTES = Math.max(MAX_ATTACHMENT_BYTES, MAX_DOCUMENT_BYTES, MATERIAL_MAX_BYTES) + 1 * MB;

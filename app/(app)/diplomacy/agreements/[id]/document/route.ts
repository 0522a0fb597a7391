import { getRouteUser } from "@/lib/auth/current-user";
import { agreementDocument } from "@/lib/diplomacy/agreement-queries";
import { can } from "@/lib/permissions";
import { downloadResponse } from "@/lib/http/download";
import { storage } from "@/lib/storage";
import { idOrNull, notFoundResponse } from "@/lib/params";

const types: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** An agreement's signed text, for those who may read party diplomacy; anything else is simply not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getRouteUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "diplomacy.read")) return new Response("Forbidden", { status: 403 });
  const id = idOrNull((await params).id);
  if (id === null) return notFoundResponse();
  const file = await agreementDocument(user, id);
  const bytes = file ? await storage().get(file.key) : null;
  if (!file || !bytes) return new Response("Not found", { status: 404 });
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  return downloadResponse({ body: bytes, type: types[extension] ?? "application/octet-stream", name: file.name });
}

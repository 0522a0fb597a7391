import { getRouteUser } from "@/lib/auth/current-user";
import { attachmentForViewer } from "@/lib/papers/queries";
import { downloadResponse } from "@/lib/http/download";
import { storage } from "@/lib/storage";
import { idOrNull, notFoundResponse } from "@/lib/params";

/** A paper's attached file, under the same rules as the paper; anything refused is simply not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ paperId: string; version: string }> }) {
  const user = await getRouteUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { paperId, version } = await params;
  const [id, number] = [idOrNull(paperId), idOrNull(version)];
  if (id === null || number === null) return notFoundResponse();
  const file = await attachmentForViewer(user, id, number);
  const bytes = file ? await storage().get(file.key) : null;
  if (!file || !bytes) return new Response("Not found", { status: 404 });
  return downloadResponse({ body: bytes, type: file.type, name: file.name });
}

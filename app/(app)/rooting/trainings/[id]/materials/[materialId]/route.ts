import { getRouteUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { materialFile } from "@/lib/rooting/training-queries";
import { downloadResponse } from "@/lib/http/download";
import { storage } from "@/lib/storage";
import { idOrNull, notFoundResponse } from "@/lib/params";

/** A training's material file, for whoever may see the training; anything refused is simply not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; materialId: string }> }) {
  const user = await getRouteUser();
  if (!user || !can(user, "rooting.read")) return new Response("Unauthorized", { status: 401 });
  const { id, materialId } = await params;
  const [trainingId, fileId] = [idOrNull(id), idOrNull(materialId)];
  if (trainingId === null || fileId === null) return notFoundResponse();
  const file = await materialFile(user, trainingId, fileId);
  const bytes = file ? await storage().get(file.key) : null;
  if (!file || !bytes) return new Response("Not found", { status: 404 });
  return downloadResponse({ body: bytes, type: file.type, name: file.name });
}

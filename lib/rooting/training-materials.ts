"use server";

import { eq } from "drizzle-orm";
import { trainingMaterials } from "@/db/schema";
import { mutation } from "@/lib/action";
import { cleanFileName } from "@/lib/papers/attachment";
import { newStorageKey, storage } from "@/lib/storage";
import { lockTraining, refusal, trainingPaths, trainingTerritory } from "./access";
import { materialKindOf, materialKinds } from "./material-file";
import { addMaterialSchema, idSchema, MATERIAL_MAX_BYTES } from "./schemas";

// The material of a training (the presentation, the guide, photos): a file kept by lib/storage,
// or a link to where it lives.

export const addTrainingMaterial = mutation({
  schema: addMaterialSchema,
  permission: "rooting.record",
  async scope({ trainingId }, { tx, user }) {
    return trainingTerritory(tx, await lockTraining(tx, trainingId), user);
  },
  async run({ trainingId, title, url, file }, { tx }) {
    if ((file === null) === (url === null)) throw await refusal("materialNeedsOne", "file");
    let stored: { storageKey: string; fileName: string; fileType: string; fileSize: number } | null = null;
    if (file) {
      if (file.size > MATERIAL_MAX_BYTES) throw await refusal("materialTooLarge", "file");
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.byteLength > MATERIAL_MAX_BYTES) throw await refusal("materialTooLarge", "file");
      const kind = materialKindOf(file.name, bytes);
      if (!kind) throw await refusal("materialType", "file");
      const storageKey = newStorageKey(`trainings/${trainingId}`);
      await storage().put(storageKey, bytes);
      stored = { storageKey, fileName: cleanFileName(file.name), fileType: materialKinds[kind].mime, fileSize: bytes.byteLength };
    }
    const [row] = await tx
      .insert(trainingMaterials)
      .values({ trainingId, title, url, ...stored })
      .returning({ id: trainingMaterials.id });
    return {
      audit: {
        action: "rooting.training.material.add",
        entity: "training_material",
        entityId: row.id,
        summary: `material "${title}" added to training #${trainingId}`,
        changes: { title, url, fileName: stored?.fileName ?? null, fileSize: stored?.fileSize ?? null },
      },
      result: row.id,
    };
  },
  revalidate: (input) => trainingPaths(input.trainingId),
});

export const removeTrainingMaterial = mutation({
  schema: idSchema,
  permission: "rooting.record",
  async scope({ id }, { tx, user }) {
    const [material] = await tx.select().from(trainingMaterials).where(eq(trainingMaterials.id, id)).limit(1);
    return material ? trainingTerritory(tx, await lockTraining(tx, material.trainingId), user) : null;
  },
  async run({ id }, { tx }) {
    const [material] = await tx.delete(trainingMaterials).where(eq(trainingMaterials.id, id)).returning();
    // last step before the audit row: only a failed commit could leave the row without its file
    if (material.storageKey) await storage().delete(material.storageKey);
    return {
      audit: { action: "rooting.training.material.remove", entity: "training_material", entityId: id, summary: `material "${material.title}" removed from training #${material.trainingId}` },
      result: material.trainingId,
    };
  },
  revalidate: (_input, trainingId) => trainingPaths(trainingId),
});

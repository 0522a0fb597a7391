"use server";

import { eq } from "drizzle-orm";
import { trainingMaterials } from "@/db/schema";
import { mutation } from "@/lib/action";
import { cleanFileName } from "@/lib/papers/attachment";
import { deleteAfterCommit, storeWithTransaction } from "@/lib/storage";
import { MATERIAL_MAX_BYTES } from "@/lib/uploads";
import { lockTraining, refusal, trainingPaths, trainingTerritory } from "./access";
import { materialKindOf, materialKinds } from "./material-file";
import { addMaterialSchema, idSchema } from "./schemas";

// The material of a training (the presentation, the guide, photos): a file kept by lib/storage,
// or a link to where it lives.

export const addTrainingMaterial = mutation({
  schema: addMaterialSchema,
  permission: "rooting.record",
  async scope({ trainingId }, { tx, user }) {
    return trainingTerritory(tx, await lockTraining(tx, trainingId), user);
  },
  async run({ trainingId, title, url, file }, ctx) {
    const { tx } = ctx;
    if ((file === null) === (url === null)) throw await refusal("materialNeedsOne", "file");
    let stored: { storageKey: string; fileName: string; fileType: string; fileSize: number } | null = null;
    if (file) {
      if (file.size > MATERIAL_MAX_BYTES) throw await refusal("materialTooLarge", "file");
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.byteLength > MATERIAL_MAX_BYTES) throw await refusal("materialTooLarge", "file");
      const kind = materialKindOf(file.name, bytes);
      if (!kind) throw await refusal("materialType", "file");
      // the file appears once the row is committed; a refused or failed save leaves none behind
      const storageKey = await storeWithTransaction(ctx, `trainings/${trainingId}`, bytes);
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
  async run({ id }, ctx) {
    const [material] = await ctx.tx.delete(trainingMaterials).where(eq(trainingMaterials.id, id)).returning();
    // the file goes once the row is gone for good: a refused or failed delete keeps both
    deleteAfterCommit(ctx, material.storageKey);
    return {
      audit: { action: "rooting.training.material.remove", entity: "training_material", entityId: id, summary: `material "${material.title}" removed from training #${material.trainingId}` },
      result: material.trainingId,
    };
  },
  revalidate: (_input, trainingId) => trainingPaths(trainingId),
});

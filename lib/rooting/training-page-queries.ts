import "server-only";
import type { Actor } from "@/lib/permissions";
import { isLocalLevel } from "./schemas";
import { findTraining, leaderChoices, recordingProvinces, trainingRights, trainingSections } from "./training-queries";

/**
 * A training meeting's page for one viewer, in one read: the training, what the viewer may do with
 * it, its sittings, people, materials and children, the provinces they may record for and, for a
 * local meeting they manage, the trained trainers who may lead it. `null` when the training does
 * not exist or lies outside the viewer's scope: the page's 404.
 */
export async function trainingPage(viewer: Actor, trainingId: number) {
  const training = await findTraining(viewer, trainingId);
  if (!training) return null;
  const rights = trainingRights(viewer, training);
  const local = isLocalLevel(training.level);
  const [sections, provinces, leaders] = await Promise.all([
    trainingSections(viewer, training),
    rights.recordPeople ? recordingProvinces(viewer, training) : [],
    rights.manage && local ? leaderChoices(training) : [],
  ]);
  return { training, rights, local, sections, provinces, leaders };
}

import type { CurrentUser } from "@/lib/auth/current-user";

/** The workshop's working paper as its page shows it (filled by the papers area). */
export async function WorkshopPaperPanel(_props: { workshopId: number; viewer: CurrentUser }) {
  return null;
}

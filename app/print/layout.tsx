import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import "./print.css";

/** Print views: signed-in only, outside the app's shell, so they carry no navigation. */
export default async function PrintLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <div className="min-h-dvh bg-stone-100 px-2 py-4 print:bg-white print:p-0">{children}</div>;
}

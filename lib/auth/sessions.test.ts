import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { members, revokedSessions, users } from "@/db/schema";
import { changeUserRole, deactivateUser, reactivateUser, resetUserPassword } from "@/lib/admin/actions";
import { regenerateCalendarToken } from "@/lib/calendar/actions";
import * as clock from "@/lib/clock";
import { GET as complianceCsv } from "@/app/api/reports/compliance.csv/route";
import { GET as memberSearch } from "@/app/(app)/members/search/route";
import { demo, lastAudit, replaySession, setClock, signInAs } from "@/tests/helpers";
import { changeOwnPassword, logout, setLocale, signOutEverywhere } from "./actions";
import { authConfig } from "./config";
import { getCurrentUser } from "./current-user";
import { signIn, signOut } from "./index";

async function userRow(email: string) {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  return row;
}

const minutes = (n: number) => n * 60_000;

describe("signing out", () => {
  it("revokes this session on the server: the same cookie replayed afterwards is refused", async () => {
    const user = await signInAs(demo.member);
    const session = user!.session;
    expect((await getCurrentUser())?.id).toBe(user!.id);
    await logout();
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/login" });
    const [revoked] = await db.select().from(revokedSessions).where(eq(revokedSessions.sid, session.sid));
    expect(revoked.userId).toBe(user!.id);
    // kept until the session could not be valid anyway: its absolute end, seven days after sign-in
    expect(revoked.expiresAt.getTime()).toBe((session.authAt + 7 * 86400) * 1000);
    expect(await lastAudit("user.signout")).toMatchObject({ userId: user!.id, entityId: String(user!.id) });

    replaySession(session);
    expect(await getCurrentUser()).toBeNull();
    // another device, or a new sign-in, is not touched
    await signInAs(demo.member);
    expect((await getCurrentUser())?.id).toBe(user!.id);
  });

  it("signs out of every device, this one included", async () => {
    const phone = (await signInAs(demo.officerFes))!.session;
    const laptop = (await signInAs(demo.officerFes))!.session;
    await expect(signOutEverywhere(null, {})).rejects.toThrow(/NEXT_REDIRECT \/login\?signedOut=everywhere/);
    expect(signOut).toHaveBeenCalledWith({ redirect: false });
    expect(await lastAudit("user.signout.everywhere")).toMatchObject({ entityId: String((await userRow(demo.officerFes)).id) });
    for (const session of [phone, laptop]) {
      replaySession(session);
      expect(await getCurrentUser()).toBeNull();
    }
    await signInAs(demo.officerFes);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("refuses sign-out of every device to the signed-out", async () => {
    await signInAs(null);
    expect(await signOutEverywhere(null, {})).toMatchObject({ ok: false, message: "انتهت جلستك. سجّل الدخول من جديد." });
  });
});

describe("ending a user's sessions", () => {
  it("ends the other devices on a password change, and signs this one in again with the new password", async () => {
    const other = (await signInAs(demo.officerSouss))!.session;
    await signInAs(demo.officerSouss);
    vi.mocked(signIn).mockClear();
    await expect(
      changeOwnPassword(null, { currentPassword: "Officer-2026-demo", newPassword: "Nouveau-2026-pass", confirmPassword: "Nouveau-2026-pass" }),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(signIn).toHaveBeenCalledWith("credentials", { email: demo.officerSouss, password: "Nouveau-2026-pass", redirect: false });
    replaySession(other);
    expect(await getCurrentUser()).toBeNull();
    // the session the new sign-in issues carries the new session version
    await signInAs(demo.officerSouss);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("ends the user's sessions on an admin reset, a deactivation and a change of role or scope", async () => {
    const target = await userRow(demo.member);
    const stepsThatEnd: [string, () => Promise<{ ok: boolean }>][] = [
      ["reset", () => resetUserPassword(null, { id: String(target.id), temporaryPassword: "Provisoire-2026" })],
      ["deactivate", () => deactivateUser(null, { id: String(target.id) })],
      [
        "role",
        async () =>
          changeUserRole(null, { id: String(target.id), version: String((await userRow(demo.member)).version), role: "bureau", scopeRegionId: "", scopeProvinceId: "" }),
      ],
    ];
    for (const [step, run] of stepsThatEnd) {
      await db.update(users).set({ mustChangePassword: false, active: true }).where(eq(users.id, target.id));
      const session = (await signInAs(demo.member))!.session;
      expect(await getCurrentUser(), step).not.toBeNull();
      await signInAs(demo.admin);
      expect((await run()).ok, step).toBe(true);
      replaySession(session);
      await db.update(users).set({ mustChangePassword: false, active: true }).where(eq(users.id, target.id));
      expect(await getCurrentUser(), step).toBeNull();
    }
    // a reactivation does not bring an ended session back
    await signInAs(demo.admin);
    const before = (await userRow(demo.member)).sessionVersion;
    await deactivateUser(null, { id: String(target.id) });
    await reactivateUser(null, { id: String(target.id) });
    expect((await userRow(demo.member)).sessionVersion).toBe(before + 1);
  });

  it("keeps the user's sessions when the role form is saved unchanged", async () => {
    const target = await userRow(demo.officerSefrou);
    const session = (await signInAs(demo.officerSefrou))!.session;
    await signInAs(demo.admin);
    const state = await changeUserRole(null, {
      id: String(target.id),
      version: String(target.version),
      role: target.role,
      scopeRegionId: String(target.scopeRegionId),
      scopeProvinceId: String(target.scopeProvinceId),
    });
    expect(state.ok).toBe(true);
    replaySession(session);
    expect(await getCurrentUser()).not.toBeNull();
  });
});

describe("session lifetime", () => {
  it("ends a session idle for longer than SESSION_IDLE_MINUTES, on the app's clock", async () => {
    const signedInAt = clock.now().getTime();
    const session = (await signInAs(demo.bureau))!.session;
    // the cookie as it was at sign-in, presented again later
    setClock(new Date(signedInAt + minutes(8 * 60 - 1)));
    replaySession(session);
    expect(await getCurrentUser()).not.toBeNull();
    setClock(new Date(signedInAt + minutes(8 * 60 + 1)));
    expect(await getCurrentUser()).toBeNull();
    // a session renewed (by a request) an hour ago is alive
    replaySession(session, { seenAt: session.seenAt + 8 * 3600 - 3600 });
    expect(await getCurrentUser()).not.toBeNull();
    // the limit is configurable
    vi.stubEnv("SESSION_IDLE_MINUTES", "30");
    setClock(new Date(signedInAt + minutes(31)));
    replaySession(session);
    expect(await getCurrentUser()).toBeNull();
    // a browser in use (signInAs) is renewed by its every request
    await signInAs(demo.bureau);
    setClock(new Date(signedInAt + minutes(8 * 60 + 1)));
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("ends a session SESSION_MAX_DAYS after its sign-in, however active", async () => {
    const session = (await signInAs(demo.bureau))!.session;
    const day = 86400;
    replaySession(session, { authAt: session.seenAt - 7 * day + 60 });
    expect(await getCurrentUser()).not.toBeNull();
    replaySession(session, { authAt: session.seenAt - 7 * day - 60 });
    expect(await getCurrentUser()).toBeNull();
    vi.stubEnv("SESSION_MAX_DAYS", "30");
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("refuses a session without its claims, or with claims from the future", async () => {
    const session = (await signInAs(demo.bureau))!.session;
    replaySession(session, { sid: undefined as never });
    expect(await getCurrentUser()).toBeNull();
    replaySession(session, { sv: undefined as never });
    expect(await getCurrentUser()).toBeNull();
    replaySession(session, { seenAt: session.seenAt + 3600 });
    expect(await getCurrentUser()).toBeNull();
  });

  it("issues the claims at sign-in, renews an active token and refuses to renew an idle one", async () => {
    const jwt = authConfig.callbacks.jwt as (params: Record<string, unknown>) => Record<string, unknown> | null;
    const now = Math.floor(clock.now().getTime() / 1000);
    const issued = jwt({ token: {}, user: { id: "7", role: "member", sessionVersion: 3 } })!;
    expect(issued).toMatchObject({ uid: 7, sv: 3, authAt: now, seenAt: now });
    expect(issued.sid).toMatch(/^[0-9a-f-]{36}$/);

    setClock(new Date((now + 3600) * 1000));
    expect(jwt({ token: { ...issued } })).toMatchObject({ seenAt: now + 3600, authAt: now, sid: issued.sid });
    // what a browser may send to /api/auth/session as an "update" changes nothing
    expect(jwt({ token: { ...issued }, trigger: "update", session: { sv: 99 } })).toMatchObject({ sv: 3 });
    setClock(new Date((now + 9 * 3600) * 1000));
    expect(jwt({ token: { ...issued } })).toBeNull();
    expect(jwt({ token: { uid: 7 } })).toBeNull();
  });
});

describe("a temporary password opens nothing but its own change", () => {
  async function withTemporaryPassword(email: string) {
    await db.update(users).set({ mustChangePassword: true }).where(eq(sql`lower(${users.email})`, email));
    return signInAs(email);
  }

  it("refuses the actions and the routes", async () => {
    const [someone] = await db.select({ name: members.fullNameAr }).from(members).where(eq(members.status, "active")).limit(1);
    await withTemporaryPassword(demo.bureau);
    expect(await regenerateCalendarToken(null, {})).toMatchObject({ ok: false, message: "عليك أولًا تغيير كلمة المرور المؤقتة قبل أي إجراء آخر." });
    const search = () => memberSearch(new NextRequest(`http://localhost/members/search?for=paper&q=${encodeURIComponent(someone.name)}`));
    await expect(search()).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
    await expect(complianceCsv(new NextRequest("http://localhost/api/reports/compliance.csv?campaign=1"))).rejects.toThrow(
      "NEXT_HTTP_ERROR_FALLBACK;403",
    );
    // the same user, once the password is changed, is let through
    await db.update(users).set({ mustChangePassword: false }).where(eq(users.email, demo.bureau));
    const answer = await search();
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { members: unknown[] }).members.length).toBeGreaterThan(0);
  });

  it("still lets the user sign out, switch language and change the password", async () => {
    const user = await withTemporaryPassword(demo.officerSefrou);
    await expect(setLocale(Object.assign(new FormData(), {}))).rejects.toThrow(/NEXT_REDIRECT/);
    await logout();
    expect(await lastAudit("user.signout")).toMatchObject({ userId: user!.id });
    await withTemporaryPassword(demo.officerSefrou);
    await expect(
      changeOwnPassword(null, { currentPassword: "Officer-2026-demo", newPassword: "Nouveau-2026-pass", confirmPassword: "Nouveau-2026-pass" }),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    await withTemporaryPassword(demo.officerSefrou);
    await expect(signOutEverywhere(null, {})).rejects.toThrow(/NEXT_REDIRECT/);
  });
});

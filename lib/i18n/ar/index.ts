import { auth } from "./auth";
import { common, errors, pages, roles } from "./common";
import { dashboard } from "./dashboard";
import { nav } from "./nav";
import { territory } from "./territory";
import { members } from "./members";
import { admin } from "./admin";
import { sessions } from "./sessions";
import { papers } from "./papers";
import { calendar } from "./calendar";
import { reports } from "./reports";
import { notifications } from "./notifications";
import { rooting } from "./rooting";
import { diplomacy } from "./diplomacy";
import { invitations } from "./invitations";
import { created } from "./created";
import { confirm } from "./confirm";

export const ar = { common, roles, errors, pages, auth, nav, dashboard, territory, members, admin, sessions, papers, calendar, reports, notifications, rooting, diplomacy, invitations, created, confirm };

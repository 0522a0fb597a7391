import type { Dictionary } from "../dictionary";
import { auth } from "./auth";
import { common, errors, pages, roles } from "./common";
import { dashboard } from "./dashboard";
import { nav } from "./nav";
import { territory } from "./territory";
import { members } from "./members";
import { admin } from "./admin";

export const fr: Dictionary = { common, roles, errors, pages, auth, nav, dashboard, territory, members, admin };

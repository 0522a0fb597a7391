"use client";

import { deferred } from "./deferred";

/** The reorderable list, its moving code fetched after the page: the list reads before it moves. */
export const ReorderableList = deferred(() => import("./reorderable-list").then((m) => m.ReorderableList));

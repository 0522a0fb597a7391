export * from "./territory";
export * from "./people";
export * from "./organs";
export * from "./audit";
export * from "./settings";
export * from "./sessions";
export * from "./reports";
export * from "./rooting";

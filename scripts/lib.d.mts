// Types for the parts of scripts/lib.mjs the TypeScript tests use.
export declare const root: string;
export declare function serverArgs(): string[];

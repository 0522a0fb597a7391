// The parts of zod the schemas use, imported by name. Through zod's `z` namespace object a bundler
// keeps all of zod, its forty locales included (about 90 kB gzip in every browser form); named
// imports leave the rest out. lib/validation.ts gathers them as `z` again.
export {
  array,
  boolean,
  coerce,
  config,
  custom,
  discriminatedUnion,
  email,
  enum,
  iso,
  literal,
  NEVER,
  null,
  number,
  object,
  preprocess,
  record,
  string,
  superRefine,
  union,
  ZodType,
} from "zod";
export type { infer, input, output, RefinementCtx } from "zod";

import type { ActionState } from "@/lib/action";

/**
 * A mutation as the `action` of a plain <form>: no previous state, and the answer is not read —
 * the page is revalidated instead. Such forms post before (or without) JavaScript.
 */
export function plainFormAction<Result>(action: (prev: ActionState | null, input: FormData) => Promise<ActionState<Result>>) {
  return action.bind(null, null) as unknown as (formData: FormData) => Promise<void>;
}

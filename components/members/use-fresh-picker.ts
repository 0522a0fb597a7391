"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/action";

/**
 * For a form that adds one member at a time: whether a member is chosen, and a key that gives the
 * picker a new life after each success, so the next member starts from an empty choice.
 */
export function useFreshPicker<T>(state: ActionState<T>) {
  const [chosen, setChosen] = useState(false);
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) {
      setRound((r) => r + 1);
      setChosen(false);
    }
  }
  return { chosen, round, onChange: (members: readonly unknown[]) => setChosen(members.length > 0) };
}

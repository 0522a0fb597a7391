import { startTransition, type FormEvent } from "react";

/**
 * Sends the form to its action with the pressed button's name and value, without the reset React
 * applies after a form action: a refused save keeps the text the writer typed.
 */
export function submitWithoutReset(action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => action(data));
  };
}

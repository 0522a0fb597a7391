"use client";

import { lazy, Suspense, type ComponentType, type JSX } from "react";

/**
 * A client component whose code is fetched after the page's first load, where it is rendered
 * (React.lazy: nothing more than React itself ships for it). The server still renders it, so the
 * page reads the same before the code arrives; it answers once it has.
 */
export function deferred<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function Deferred(props: Props) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as Props & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }
  return Deferred;
}

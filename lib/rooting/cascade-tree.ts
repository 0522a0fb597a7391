export interface CascadeNode<T> {
  training: T;
  children: CascadeNode<T>[];
}

type Placed = { id: number; parentId: number | null; level: "national" | "regional" | "provincial" | "local" };

/** A training the viewer sees that is not in the list (on another page), and those of the list under it. */
export interface ContinuedBranch<T, P> {
  parent: P;
  nodes: CascadeNode<T>[];
}

/**
 * Trees from a flat list (already in date order): a training goes under its parent when the parent
 * is in the list. Those left at the top are split: the upper levels (the trees proper), the ones
 * whose parent the viewer sees elsewhere (`elsewhere`: on another page of the list), grouped under
 * that parent in the order they come, and the provincial or local trainings whose parent is unknown
 * or not shown to the viewer.
 */
export function buildCascade<T extends Placed, P extends { id: number } = { id: number }>(
  rows: T[],
  elsewhere: ReadonlyMap<number, P> = new Map(),
): { roots: CascadeNode<T>[]; continued: ContinuedBranch<T, P>[]; unattached: CascadeNode<T>[] } {
  const nodes = new Map<number, CascadeNode<T>>();
  for (const training of rows) nodes.set(training.id, { training, children: [] });
  const roots: CascadeNode<T>[] = [];
  const continued = new Map<number, ContinuedBranch<T, P>>();
  const unattached: CascadeNode<T>[] = [];
  for (const training of rows) {
    const node = nodes.get(training.id)!;
    const parentId = training.parentId !== training.id ? training.parentId : null;
    const parent = parentId !== null ? nodes.get(parentId) : undefined;
    const away = parentId !== null && !parent ? elsewhere.get(parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (away) {
      const branch = continued.get(away.id) ?? { parent: away, nodes: [] };
      branch.nodes.push(node);
      continued.set(away.id, branch);
    } else if (training.level === "national" || training.level === "regional") roots.push(node);
    else unattached.push(node);
  }
  return { roots, continued: [...continued.values()], unattached };
}

export interface CascadeNode<T> {
  training: T;
  children: CascadeNode<T>[];
}

type Placed = { id: number; parentId: number | null; level: "national" | "regional" | "provincial" | "local" };

/**
 * Trees from a flat list (already in date order): a training goes under its parent when the parent
 * is in the list. Those left at the top are split: the upper levels (the trees proper) and the
 * provincial or local trainings whose parent is unknown or not shown to the viewer.
 */
export function buildCascade<T extends Placed>(rows: T[]): { roots: CascadeNode<T>[]; unattached: CascadeNode<T>[] } {
  const nodes = new Map<number, CascadeNode<T>>();
  for (const training of rows) nodes.set(training.id, { training, children: [] });
  const roots: CascadeNode<T>[] = [];
  const unattached: CascadeNode<T>[] = [];
  for (const training of rows) {
    const node = nodes.get(training.id)!;
    const parent = training.parentId !== null && training.parentId !== training.id ? nodes.get(training.parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (training.level === "national" || training.level === "regional") roots.push(node);
    else unattached.push(node);
  }
  return { roots, unattached };
}

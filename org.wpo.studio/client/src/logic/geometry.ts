/**
 * Where things are in a diagram model of PROTOCOL.md: positions are relative to the parent, so the
 * absolute box of a node is the sum of its ancestors' positions; a drop or a click lands in the
 * innermost area (area map) or lane (layer stack) whose box holds the point.
 */
import { ModelElement, NodeElement, Point } from '../protocol';

export interface Box { x: number; y: number; width: number; height: number; }

export interface Placed {
    node: NodeElement;
    box: Box;
    parentId: string | null;
    depth: number;
}

export const AREA = 'node:area';
export const LANE = 'node:lane';
export const ELEMENT = 'node:element';

/** Every node of the model with its absolute box, parents before children. */
export function placeNodes(root: ModelElement): Map<string, Placed> {
    const placed = new Map<string, Placed>();
    const visit = (element: ModelElement, origin: Point, parentId: string | null, depth: number) => {
        for (const child of element.children ?? []) {
            const node = child as NodeElement;
            if (!node.type.startsWith('node')) {
                continue;
            }
            const position = node.position ?? { x: 0, y: 0 };
            const size = node.size ?? { width: 0, height: 0 };
            const box = { x: origin.x + position.x, y: origin.y + position.y, width: size.width, height: size.height };
            placed.set(node.id, { node, box, parentId, depth });
            visit(node, { x: box.x, y: box.y }, node.id, depth + 1);
        }
    };
    visit(root, { x: 0, y: 0 }, null, 0);
    return placed;
}

export function contains(box: Box, point: Point): boolean {
    return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

/** Whether `id` is `ancestorId` or lies inside it. */
export function isInside(placed: Map<string, Placed>, id: string, ancestorId: string): boolean {
    for (let current: string | null = id; current !== null; current = placed.get(current)?.parentId ?? null) {
        if (current === ancestorId) {
            return true;
        }
    }
    return false;
}

/**
 * The innermost node of one of the given types that holds the point, leaving out `exclude` and
 * what lies inside it (the node being dragged); null over the background.
 */
export function containerAt(placed: Map<string, Placed>, point: Point, types: string[],
    exclude?: string): Placed | null {
    let best: Placed | null = null;
    for (const candidate of placed.values()) {
        if (!types.includes(candidate.node.type) || !contains(candidate.box, point)) {
            continue;
        }
        if (exclude !== undefined && isInside(placed, candidate.node.id, exclude)) {
            continue;
        }
        if (best === null || candidate.depth > best.depth) {
            best = candidate;
        }
    }
    return best;
}

/** The innermost element node (not area or lane) that holds the point. */
export function elementAt(placed: Map<string, Placed>, point: Point): Placed | null {
    return containerAt(placed, point, [ELEMENT]);
}

/** The node with the given name (case-sensitive), preferring elements over areas and lanes. */
export function nodeNamed(placed: Map<string, Placed>, name: string, file?: string | null): Placed | null {
    let found: Placed | null = null;
    for (const candidate of placed.values()) {
        if (candidate.node.name !== name) {
            continue;
        }
        if (file !== undefined && candidate.node.file !== undefined && candidate.node.file !== file) {
            continue;
        }
        if (found === null || (candidate.node.type === ELEMENT && found.node.type !== ELEMENT)) {
            found = candidate;
        }
    }
    return found;
}

/** Nodes whose name or title contains the query (case-insensitive), elements first, then by name. */
export function searchNodes(placed: Map<string, Placed>, query: string): Placed[] {
    const q = query.trim().toLowerCase();
    if (q === '') {
        return [];
    }
    const hits: Placed[] = [];
    for (const candidate of placed.values()) {
        const name = (candidate.node.name ?? '').toLowerCase();
        const title = String(candidate.node.title ?? '').toLowerCase();
        if (name.includes(q) || title.includes(q)) {
            hits.push(candidate);
        }
    }
    const rank = (p: Placed) => ((p.node.name ?? '').toLowerCase() === q ? 0 : 1) + (p.node.type === ELEMENT ? 0 : 2);
    return hits.sort((a, b) => rank(a) - rank(b) || (a.node.name ?? '').localeCompare(b.node.name ?? ''));
}

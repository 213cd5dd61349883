/**
 * What a diagram gesture asks of the server (PROTOCOL.md): each gesture becomes one edit op, a
 * position kept for the diagram, or a refusal shown to the user while the diagram is restored.
 */
import { DiagramKind, EditOp, NodeElement, Point } from '../protocol';
import { AREA, containerAt, ELEMENT, LANE, Placed } from './geometry';

/**
 * How an op names a node: its qualified name when the diagram gives one (area names such as "3"
 * are often taken in several models), else its name.
 */
export function ref(node: NodeElement): string {
    return String(node.qualifiedName ?? node.name ?? '');
}

export type GestureOutcome =
    | { kind: 'edit'; op: EditOp }
    | { kind: 'position'; id: string; x: number; y: number }
    | { kind: 'refuse'; message: string }
    | { kind: 'none' };

/**
 * A node dragged and dropped with the pointer at `drop` (absolute), its new position relative to
 * its parent being `position`. Into another area or lane it moves there; within its own container
 * its position is kept.
 */
export function dropOutcome(placed: Map<string, Placed>, diagram: DiagramKind, id: string, drop: Point,
    position: Point, moved: boolean): GestureOutcome {
    const dragged = placed.get(id);
    if (!dragged || !moved) {
        return { kind: 'none' };
    }
    const node = dragged.node;
    if (node.type === LANE) {
        return { kind: 'refuse', message: 'Layer lanes keep their order; drag elements between them instead.' };
    }
    if (diagram === 'stack') {
        return { kind: 'position', id, x: position.x, y: position.y };
    }
    const types = diagram === 'layer-stack' ? [LANE] : [AREA];
    const target = containerAt(placed, drop, types, id);
    const sameContainer = (target?.node.id ?? null) === dragged.parentId;
    if (sameContainer) {
        return { kind: 'position', id, x: position.x, y: position.y };
    }
    if (node.type !== ELEMENT) {
        return { kind: 'refuse', message: 'An area stays where it is declared; move the elements in it instead.' };
    }
    const element = ref(node);
    if (node.editable === false) {
        return { kind: 'refuse', message: `${node.name} belongs to the built-in model, which is read-only.` };
    }
    if (target === null) {
        return {
            kind: 'refuse',
            message: diagram === 'layer-stack' ? 'Drop the element onto a layer lane.' : 'Drop the element onto an area.'
        };
    }
    const container = diagram === 'layer-stack' ? target.node.name ?? '' : ref(target.node);
    return diagram === 'layer-stack'
        ? { kind: 'edit', op: { op: 'moveToLayer', element, layer: container } }
        : { kind: 'edit', op: { op: 'moveToArea', element, area: container } };
}

/** What the palette creates, once its name is given. */
export type PaletteItem =
    | { kind: 'specification'; specKind: string }
    | { kind: 'technology' }
    | { kind: 'area' };

/** The container a palette click lands in: the innermost area (null over the background). */
export function paletteContainer(placed: Map<string, Placed>, click: Point): NodeElement | null {
    return containerAt(placed, click, [AREA])?.node ?? null;
}

/** The create op for a palette item placed in a container (an area node, or null) of a file. */
export function createOp(item: PaletteItem, name: string, container: NodeElement | null, file: string,
    title = ''): EditOp {
    const area = container ? ref(container) : null;
    switch (item.kind) {
        case 'specification':
            return { op: 'createSpecification', name, specKind: item.specKind, container: area, file };
        case 'technology':
            return { op: 'createTechnology', name, container: area, file };
        case 'area':
            return { op: 'createArea', name, title, container: area, file };
    }
}

/** The relation drawn from one node to another. */
export function relationOp(source: NodeElement, target: NodeElement, kind: string): GestureOutcome {
    if (source.type !== ELEMENT || target.type !== ELEMENT) {
        return { kind: 'refuse', message: 'A relation joins two elements.' };
    }
    if (source.id === target.id) {
        return { kind: 'refuse', message: `${source.name} cannot relate to itself.` };
    }
    return { kind: 'edit', op: { op: 'createRelation', source: ref(source), relationKind: kind, target: ref(target) } };
}

/** Rename of an element, an area or a layer; nothing when the name is unchanged or empty. */
export function renameOp(node: NodeElement, newName: string): GestureOutcome {
    const name = newName.trim();
    if (name === '' || name === node.name) {
        return { kind: 'none' };
    }
    if (node.type === AREA) {
        return { kind: 'edit', op: { op: 'rename', area: ref(node), newName: name } };
    }
    if (node.type === ELEMENT) {
        return { kind: 'edit', op: { op: 'rename', element: ref(node), newName: name } };
    }
    return { kind: 'edit', op: { op: 'rename', layer: node.name ?? '', newName: name } };
}

/** The Delete key on the selection: an element, an (empty) area or a relation. */
export function deleteOp(selected: { id: string; type: string; name?: string; qualifiedName?: string }): GestureOutcome {
    if (selected.type === 'edge:relation') {
        return { kind: 'edit', op: { op: 'deleteRelation', edgeId: selected.id } };
    }
    if (selected.type === ELEMENT) {
        return { kind: 'edit', op: { op: 'deleteElement', element: selected.qualifiedName ?? selected.name ?? '' } };
    }
    if (selected.type === AREA) {
        return { kind: 'edit', op: { op: 'deleteElement', area: selected.qualifiedName ?? selected.name ?? '' } };
    }
    return { kind: 'none' };
}

/** A relation's end moved to another element. */
export function reconnectOp(edgeId: string, end: 'source' | 'target', element: NodeElement): GestureOutcome {
    if (element.type !== ELEMENT) {
        return { kind: 'refuse', message: 'A relation ends on an element.' };
    }
    return { kind: 'edit', op: { op: 'reconnect', edgeId, end, element: ref(element) } };
}

/** Names as the language writes them: plain when an identifier, else quoted. */
export function isPlainName(name: string): boolean {
    return /^[A-Za-z_][A-Za-z0-9_.\-]*$/.test(name);
}

/**
 * The diagram pane: shows the server's diagram in Sprotty and turns gestures into PROTOCOL ops.
 * Moves come from Sprotty (MoveAction); tool clicks, double-clicks and keys are read on the pane.
 */
import { Container } from 'inversify';
import { IActionDispatcher, TYPES } from 'sprotty';
import {
    CenterAction, FitToScreenAction, MoveAction, Point, SelectAction, SelectAllAction, SetViewportAction, SModelRoot
} from 'sprotty-protocol';
import { ELEMENT, elementAt, nodeNamed, placeNodes, Placed, searchNodes } from '../logic/geometry';
import {
    createOp, deleteOp, dropOutcome, GestureOutcome, PaletteItem, paletteContainer, reconnectOp, relationOp, renameOp
} from '../logic/gestures';
import { DiagramKind, EditOp, ModelElement, NodeElement } from '../protocol';
import { askAt } from '../ui/overlay';
import { createContainer, hooks, StudioModelSource } from './di';

export interface DiagramHost {
    edit(op: EditOp): Promise<void>;
    setPosition(id: string, x: number, y: number): Promise<void>;
    undo(): void;
    redo(): void;
    /** The user selected one node (or none). */
    selected(node: NodeElement | null): void;
    status(message: string, error?: boolean): void;
    /** The file new declarations go to when created in `container` (an area node or null). */
    fileFor(container: NodeElement | null): string | null;
    /** A tool finished or was cancelled. */
    toolChanged(tool: Tool | null): void;
}

export type Tool =
    | { kind: 'palette'; item: PaletteItem }
    | { kind: 'relation'; relation: string; source?: NodeElement }
    | { kind: 'reconnect'; edgeId: string; end: 'source' | 'target' };

export class DiagramPane {
    readonly container: Container;
    private readonly source: StudioModelSource;
    private readonly dispatcher: IActionDispatcher;
    private model: SModelRoot | null = null;
    placed = new Map<string, Placed>();
    kind: DiagramKind = 'area-map';
    readonly selection = new Set<string>();
    private quiet: string | null = null;
    private dragStart = new Map<string, Point>();
    private pointer: { x: number; y: number } | null = null;
    tool: Tool | null = null;
    private readonly baseDiv: string;

    /**
     * @param div the element that holds Sprotty's base div (Sprotty replaces that div when it draws,
     *            so every listener sits on this one)
     */
    constructor(private readonly div: HTMLElement, baseDiv: string, private readonly host: DiagramHost) {
        this.baseDiv = baseDiv;
        this.container = createContainer(baseDiv);
        this.source = this.container.get(StudioModelSource);
        this.dispatcher = this.container.get<IActionDispatcher>(TYPES.IActionDispatcher);
        hooks.current = {
            move: action => this.moved(action),
            selection: action => this.selected(action)
        };
        div.tabIndex = 0;
        div.addEventListener('mousemove', e => this.pointer = { x: e.clientX, y: e.clientY }, true);
        div.addEventListener('mouseup', e => this.pointer = { x: e.clientX, y: e.clientY }, true);
        div.addEventListener('mousedown', e => this.toolClick(e), true);
        div.addEventListener('dblclick', e => void this.renameAt(e));
        div.addEventListener('keydown', e => this.key(e), true);
    }

    /** Shows a model from the server: the same diagram keeps its viewport, another one is fitted. */
    async show(root: SModelRoot): Promise<void> {
        const same = this.model !== null && this.model.id === root.id;
        this.model = root;
        this.placed = placeNodes(root as ModelElement);
        if (same) {
            await this.source.replace(structuredClone(root));
        } else {
            await this.source.setModel(structuredClone(root));
            this.fit();
        }
        const kept = [...this.selection].filter(id => this.placed.has(id) || this.edge(id));
        this.selection.clear();
        if (kept.length > 0) {
            this.select(kept[0], false);
        }
    }

    /** Puts the diagram back as the server last sent it (after a refused gesture). */
    async restore(): Promise<void> {
        if (this.model) {
            await this.source.replace(structuredClone(this.model));
        }
    }

    get rootId(): string | null {
        return this.model?.id ?? null;
    }

    node(id: string): NodeElement | null {
        return this.placed.get(id)?.node ?? null;
    }

    edge(id: string): ModelElement | null {
        return this.edges().find(e => e.id === id) ?? null;
    }

    /**
     * The relations of the diagram as last shown, drawn or not: Sprotty draws only the relations that
     * touch the viewport, so whoever asks what the diagram holds (the browser test) reads them here.
     */
    edges(): readonly ModelElement[] {
        return (this.model?.children ?? []).filter(c => c.type.startsWith('edge')) as ModelElement[];
    }

    nodeNamed(name: string, file?: string | null): NodeElement | null {
        return nodeNamed(this.placed, name, file)?.node ?? null;
    }

    /** Selects one element; `reveal` tells whether the editor should follow. */
    select(id: string, reveal: boolean): void {
        // Sprotty handles actions later, so the selection to keep quiet is remembered by id.
        this.quiet = reveal ? null : id;
        this.dispatcher.dispatch(SelectAllAction.create({ select: false }));
        this.dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: [id] }));
    }

    /** Centres an element, zooming in to the natural size when the diagram is shown smaller. */
    async center(id: string): Promise<void> {
        const viewport = await this.source.getViewport();
        await this.dispatcher.dispatch(CenterAction.create([id], { animate: false, retainZoom: viewport.zoom >= 1 }));
    }

    /** Centres and selects the best match of a search; the node found, or null. */
    async search(query: string): Promise<NodeElement | null> {
        const hit = searchNodes(this.placed, query)[0];
        if (!hit) {
            return null;
        }
        await this.center(hit.node.id);
        this.select(hit.node.id, true);
        return hit.node;
    }

    fit(): void {
        const ids = (this.model?.children ?? []).map(c => c.id);
        this.dispatcher.dispatch(FitToScreenAction.create(ids, { padding: 16, maxZoom: 1, animate: false }));
    }

    async zoom(factor: number): Promise<void> {
        if (!this.model) {
            return;
        }
        const viewport = await this.source.getViewport();
        const zoom = Math.min(8, Math.max(0.05, viewport.zoom * factor));
        const w = viewport.canvasBounds.width;
        const h = viewport.canvasBounds.height;
        const cx = viewport.scroll.x + w / 2 / viewport.zoom;
        const cy = viewport.scroll.y + h / 2 / viewport.zoom;
        this.dispatcher.dispatch(SetViewportAction.create(this.model.id,
            { scroll: { x: cx - w / 2 / zoom, y: cy - h / 2 / zoom }, zoom }, { animate: false }));
    }

    setTool(tool: Tool | null): void {
        this.tool = tool;
        this.div.classList.toggle('tool-active', tool !== null);
        this.host.toolChanged(tool);
    }

    /** A client point in the diagram's model coordinates. */
    toModel(clientX: number, clientY: number): Point | null {
        const group = this.div.querySelector('svg.sprotty-graph > g') as SVGGraphicsElement | null;
        const matrix = group?.getScreenCTM();
        if (!matrix) {
            return null;
        }
        const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
        return { x: p.x, y: p.y };
    }

    private moved(action: MoveAction): void {
        if (!action.finished) {
            for (const move of action.moves) {
                if (!this.dragStart.has(move.elementId) && move.fromPosition) {
                    this.dragStart.set(move.elementId, move.fromPosition);
                }
            }
            return;
        }
        const starts = this.dragStart;
        this.dragStart = new Map();
        const moves = action.moves.filter(m => this.placed.has(m.elementId));
        if (moves.length === 0 || starts.size === 0) {
            return;
        }
        if (moves.length > 1) {
            void this.refuse('Drag one element at a time.');
            return;
        }
        const move = moves[0];
        const start = starts.get(move.elementId) ?? move.fromPosition;
        const drop = this.pointer ? this.toModel(this.pointer.x, this.pointer.y) : null;
        const distance = start ? Math.hypot(move.toPosition.x - start.x, move.toPosition.y - start.y) : 1;
        const outcome = drop === null ? { kind: 'none' } as GestureOutcome
            : dropOutcome(this.placed, this.kind, move.elementId, drop, move.toPosition, distance > 0.5);
        void this.perform(outcome);
    }

    private selected(action: SelectAction | SelectAllAction): void {
        if (action.kind === SelectAllAction.KIND) {
            this.selection.clear();
        } else {
            const select = action as SelectAction;
            select.deselectedElementsIDs.forEach(id => this.selection.delete(id));
            select.selectedElementsIDs.forEach(id => this.selection.add(id));
        }
        if (action.kind === SelectAction.KIND) {
            const select = action as SelectAction;
            if (this.quiet !== null && select.selectedElementsIDs.length === 1 && select.selectedElementsIDs[0] === this.quiet) {
                this.quiet = null;
                return;
            }
            const only = this.selection.size === 1 ? [...this.selection][0] : null;
            this.host.selected(only ? this.node(only) : null);
        }
    }

    /** Runs what a gesture came to; a refusal restores the diagram and says why. */
    async perform(outcome: GestureOutcome): Promise<void> {
        switch (outcome.kind) {
            case 'edit':
                await this.host.edit(outcome.op);
                break;
            case 'position':
                await this.host.setPosition(outcome.id, outcome.x, outcome.y);
                break;
            case 'refuse':
                await this.refuse(outcome.message);
                break;
            case 'none':
                await this.restore();
                break;
        }
    }

    private async refuse(message: string): Promise<void> {
        this.host.status(message, true);
        await this.restore();
    }

    private toolClick(event: MouseEvent): void {
        const tool = this.tool;
        if (!tool || event.button !== 0 || !(event.target as Element).closest('svg.sprotty-graph')) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        const point = this.toModel(event.clientX, event.clientY);
        if (!point) {
            return;
        }
        if (tool.kind === 'palette') {
            void this.create(tool.item, point, event);
            return;
        }
        const hit = elementAt(this.placed, point)?.node ?? null;
        if (!hit) {
            this.host.status('Click an element.', true);
            return;
        }
        if (tool.kind === 'relation') {
            if (!tool.source) {
                this.setTool({ ...tool, source: hit });
                this.host.status(`${tool.relation} from ${hit.name}: now click the target.`);
                return;
            }
            this.setTool(null);
            void this.perform(relationOp(tool.source, hit, tool.relation));
            return;
        }
        this.setTool(null);
        void this.perform(reconnectOp(tool.edgeId, tool.end, hit));
    }

    private async create(item: PaletteItem, point: Point, event: MouseEvent): Promise<void> {
        const container = paletteContainer(this.placed, point);
        const file = this.host.fileFor(container);
        this.setTool(null);
        if (file === null) {
            await this.refuse('There is no model file to create it in; the built-in model is read-only.');
            return;
        }
        const fields = [{ name: 'name', label: item.kind === 'area' ? 'Area name (e.g. 3.2)' : 'Name' }];
        if (item.kind === 'area') {
            fields.push({ name: 'title', label: 'Title' });
        }
        const values = await askAt({ left: event.clientX, top: event.clientY }, fields);
        if (!values || values.name.trim() === '') {
            this.host.status('Nothing created.');
            return;
        }
        await this.host.edit(createOp(item, values.name.trim(), container, file, (values.title ?? '').trim()));
    }

    private async renameAt(event: MouseEvent): Promise<void> {
        if (this.tool) {
            return;
        }
        const point = this.toModel(event.clientX, event.clientY);
        if (!point) {
            return;
        }
        const hit = elementAt(this.placed, point)
            ?? [...this.placed.values()].filter(p => p.node.type === 'node:area'
                && point.x >= p.box.x && point.x <= p.box.x + p.box.width && point.y >= p.box.y && point.y <= p.box.y + 24)
                .sort((a, b) => b.depth - a.depth)[0];
        if (!hit) {
            return;
        }
        const node = hit.node;
        if (node.editable === false) {
            await this.refuse(`${node.name} belongs to the built-in model, which is read-only.`);
            return;
        }
        const dom = document.getElementById(this.baseDiv + '_' + node.id);
        const label = dom?.querySelector('text.wpo-label') ?? dom;
        const rect = label?.getBoundingClientRect() ?? { left: event.clientX, top: event.clientY, width: 120 };
        const values = await askAt({ left: rect.left - 4, top: rect.top - 4, width: Math.max(120, rect.width + 8) },
            [{ name: 'name', label: 'New name', value: node.name ?? '' }], 'wpo-rename');
        if (values) {
            await this.perform(renameOp(node, values.name));
        }
    }

    private key(event: KeyboardEvent): void {
        const mod = event.ctrlKey || event.metaKey;
        if (mod && event.key.toLowerCase() === 'z') {
            event.preventDefault();
            event.stopPropagation();
            if (event.shiftKey) {
                this.host.redo();
            } else {
                this.host.undo();
            }
        } else if (mod && event.key.toLowerCase() === 'y') {
            event.preventDefault();
            event.stopPropagation();
            this.host.redo();
        } else if (event.key === 'Delete' || event.key === 'Backspace') {
            event.preventDefault();
            event.stopPropagation();
            const [id] = [...this.selection];
            if (this.selection.size !== 1 || id === undefined) {
                this.host.status('Select one element or relation to delete.', true);
                return;
            }
            const edge = this.edge(id);
            const node = this.node(id);
            const target = edge ? { id, type: edge.type }
                : node ? { id, type: node.type, name: node.name, qualifiedName: node.qualifiedName } : null;
            if (target) {
                if (node && node.editable === false || edge && edge.editable === false) {
                    void this.refuse(`${node?.name ?? id} belongs to the built-in model, which is read-only.`);
                    return;
                }
                void this.perform(deleteOp(target));
            }
        } else if (event.key === 'Escape' && this.tool) {
            this.setTool(null);
            this.host.status('Cancelled.');
        }
    }

    /** The one selected node or relation. */
    single(): { id: string; node: NodeElement | null; edge: ModelElement | null } | null {
        if (this.selection.size !== 1) {
            return null;
        }
        const [id] = [...this.selection];
        return { id, node: this.node(id), edge: this.edge(id) };
    }

    isElement(id: string): boolean {
        return this.node(id)?.type === ELEMENT;
    }
}

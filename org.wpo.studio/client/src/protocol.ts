/** The messages and model shapes of PROTOCOL.md (the contract with the studio's server). */

export interface FileInfo {
    path: string;
    uri: string;
    readOnly: boolean;
}

export interface StudioConfig {
    rootUri: string;
    files: FileInfo[];
    builtIn: FileInfo;
    version: string;
}

export type DiagramKind = 'area-map' | 'layer-stack' | 'stack';

export interface Point { x: number; y: number; }
export interface Dimension { width: number; height: number; }

export interface Marker { severity: 'error' | 'warning' | 'info'; message: string; }

/** A node or edge of the diagram as the server sends it (Sprotty SModel JSON). */
export interface ModelElement {
    type: string;
    id: string;
    children?: ModelElement[];
    [key: string]: unknown;
}

export interface NodeElement extends ModelElement {
    name?: string;
    title?: string;
    position?: Point;
    size?: Dimension;
    editable?: boolean;
    file?: string | null;
    qualifiedName?: string;
    elementKind?: string;
    markers?: Marker[];
}

export interface EdgeElement extends ModelElement {
    sourceId: string;
    targetId: string;
    kind: string;
    editable?: boolean;
}

/** A file's new text; text and hash are null when the file was deleted. */
export interface FileText { path: string; text: string | null; hash: string | null; }

export type EditOutcome = 'SAVED' | 'REFUSED' | 'FAILED';

export interface EditResult {
    kind: 'editResult';
    requestId?: string;
    outcome: EditOutcome;
    message: string;
    files: FileText[];
}

export interface Problem {
    path: string;
    line: number;
    column: number;
    severity: string;
    code: string;
    message: string;
    element?: string;
}

/** One edit operation of PROTOCOL.md, as sent in an `edit` message. */
export type EditOp =
    | { op: 'createSpecification'; name: string; specKind: string; container: string | null; file: string }
    | { op: 'createTechnology'; name: string; container: string | null; file: string }
    | { op: 'createArea'; name: string; title: string; container: string | null; file: string }
    | { op: 'createRelation'; source: string; relationKind: string; target: string }
    | { op: 'moveToArea'; element: string; area: string }
    | { op: 'moveToLayer'; element: string; layer: string }
    | { op: 'rename'; element?: string; area?: string; layer?: string; newName: string }
    | { op: 'deleteElement'; element?: string; area?: string }
    | { op: 'deleteRelation'; edgeId: string }
    | { op: 'reconnect'; edgeId: string; end: 'source' | 'target'; element: string };

export const SPECIFICATION_KINDS = ['protocol', 'format', 'algorithm', 'overview', 'standard'] as const;

export const RELATION_KINDS = ['runs-over', 'extends', 'profile-of', 'uses', 'requires', 'replaces',
    'renamed-from', 'obsoletes', 'part-of', 'specified-by', 'manages'] as const;

/** The studio page's entry point: reads the page configuration, connects, wires the toolbar. */
import 'reflect-metadata';
import 'sprotty/css/sprotty.css';
import './style.css';
import { StudioConnection } from './connection';
import { DiagramKind, RELATION_KINDS, SPECIFICATION_KINDS, StudioConfig } from './protocol';
import { Studio } from './studio';

function element<T extends HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
}

function fillSelect(select: HTMLSelectElement, values: readonly string[]): void {
    for (const value of values) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
    }
}

async function downloadSvg(studio: Studio): Promise<void> {
    const root = studio.diagram.kind === 'stack' ? studio.currentStackRoot ?? undefined : undefined;
    const answer = await studio.connection.request('exportSvg', { diagram: studio.diagram.kind, root });
    const blob = new Blob([String(answer.text ?? '')], { type: 'image/svg+xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = (root ? 'stack-' + root : studio.diagram.kind) + '.svg';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function wire(studio: Studio): void {
    const diagram = studio.diagram;
    document.querySelectorAll<HTMLButtonElement>('[data-diagram]').forEach(button => button.addEventListener('click', () => {
        const kind = button.dataset.diagram as DiagramKind;
        if (kind === 'stack') {
            const selected = diagram.single()?.node;
            const root = selected?.type === 'node:element' ? selected.name : studio.currentStackRoot;
            if (!root) {
                studio.panels.status('Select an element first: its protocol stack is shown.', true);
                return;
            }
            void studio.showDiagram('stack', root);
        } else {
            void studio.showDiagram(kind);
        }
    }));
    element('zoom-in').addEventListener('click', () => void diagram.zoom(1.25));
    element('zoom-out').addEventListener('click', () => void diagram.zoom(0.8));
    element('fit').addEventListener('click', () => diagram.fit());
    element('undo').addEventListener('click', () => diagramKey('z', false));
    element('redo').addEventListener('click', () => diagramKey('z', true));
    element('export-svg').addEventListener('click', () => void downloadSvg(studio));
    const search = element<HTMLInputElement>('search');
    search.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
            event.preventDefault();
            void diagram.search(search.value).then(found => {
                if (found) {
                    studio.panels.status(`${found.name}${found.title ? ' — ' + found.title : ''}`);
                } else {
                    studio.panels.status(`Nothing in this diagram is called "${search.value}".`, true);
                }
            });
        }
    });
    const specKind = element<HTMLSelectElement>('spec-kind');
    fillSelect(specKind, SPECIFICATION_KINDS);
    const relationKind = element<HTMLSelectElement>('relation-kind');
    fillSelect(relationKind, RELATION_KINDS);
    element('tool-specification').addEventListener('click', () =>
        diagram.setTool({ kind: 'palette', item: { kind: 'specification', specKind: specKind.value } }));
    element('tool-technology').addEventListener('click', () => diagram.setTool({ kind: 'palette', item: { kind: 'technology' } }));
    element('tool-area').addEventListener('click', () => diagram.setTool({ kind: 'palette', item: { kind: 'area' } }));
    element('tool-relation').addEventListener('click', () => diagram.setTool({ kind: 'relation', relation: relationKind.value }));
    for (const end of ['source', 'target'] as const) {
        element('reconnect-' + end).addEventListener('click', () => {
            const edge = diagram.single()?.edge;
            if (!edge) {
                studio.panels.status('Select a relation first.', true);
                return;
            }
            diagram.setTool({ kind: 'reconnect', edgeId: edge.id, end });
        });
    }

    /** The toolbar's undo and redo act as the diagram's keys do. */
    function diagramKey(key: string, shift: boolean): void {
        element('diagram-host').dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey: shift, bubbles: true }));
    }
}

async function main(): Promise<void> {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const status = element('status');
    try {
        const response = await fetch('/config?token=' + encodeURIComponent(token));
        if (!response.ok) {
            throw new Error(`the studio answered ${response.status}; open the address it printed, with its token`);
        }
        const config = await response.json() as StudioConfig;
        const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        const connection = await StudioConnection.open(scheme + location.host + '/studio?token=' + encodeURIComponent(token));
        const studio = new Studio(config, connection);
        (window as unknown as { wpoStudio: Studio }).wpoStudio = studio;
        wire(studio);
        await studio.start();
        studio.panels.status('Ready. Drag elements between areas or lanes, double-click a name to rename it.');
        document.body.classList.add('ready');
    } catch (e) {
        status.textContent = 'The studio could not start: ' + (e instanceof Error ? e.message : String(e));
        status.classList.add('error');
    }
}

void main();

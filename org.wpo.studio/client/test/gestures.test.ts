import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containerAt, placeNodes, searchNodes, AREA, LANE } from '../src/logic/geometry';
import { createOp, deleteOp, dropOutcome, reconnectOp, relationOp, renameOp } from '../src/logic/gestures';
import { ModelElement } from '../src/protocol';

function element(name: string, x: number, y: number, extra: Record<string, unknown> = {}): ModelElement {
    return {
        type: 'node:element', id: 'element:acme::' + name, name, position: { x, y }, size: { width: 80, height: 30 },
        editable: true, file: 'acme.wpo', children: [], ...extra
    };
}

/** Area 1 (0,0 300x200) holds area 1.1 (at 20,40 inside it, 150x100) holding X; area 2 at 400,0 holds Y. */
const areaMap: ModelElement = {
    type: 'graph', id: 'area-map', children: [
        {
            type: 'node:area', id: 'area:acme::1', name: '1', position: { x: 0, y: 0 }, size: { width: 300, height: 200 },
            children: [
                {
                    type: 'node:area', id: 'area:acme::1.1', name: '1.1', position: { x: 20, y: 40 },
                    size: { width: 150, height: 100 }, children: [element('X', 10, 30)]
                },
                element('Z', 200, 50)
            ]
        },
        {
            type: 'node:area', id: 'area:acme::2', name: '2', position: { x: 400, y: 0 }, size: { width: 200, height: 200 },
            children: [element('Y', 20, 40), element('MS-RPCE', 100, 120, { editable: false, file: null })]
        },
        { type: 'edge:relation', id: 'rel:acme::X|runs-over|acme::Y', sourceId: 'element:acme::X', targetId: 'element:acme::Y', kind: 'runs-over' }
    ]
};

const layerStack: ModelElement = {
    type: 'graph', id: 'layer-stack', children: [
        { type: 'node:lane', id: 'layer:application', name: 'application', position: { x: 0, y: 0 }, size: { width: 500, height: 100 }, children: [element('A', 30, 30)] },
        { type: 'node:lane', id: 'layer:transport', name: 'transport', position: { x: 0, y: 100 }, size: { width: 500, height: 100 }, children: [] }
    ]
};

test('absolute boxes add up the parents positions', () => {
    const placed = placeNodes(areaMap);
    assert.deepEqual(placed.get('element:acme::X')!.box, { x: 30, y: 70, width: 80, height: 30 });
    assert.equal(placed.get('element:acme::X')!.parentId, 'area:acme::1.1');
    assert.equal(placed.has('rel:acme::X|runs-over|acme::Y'), false);
});

test('the innermost area holding a point wins, the dragged node is left out', () => {
    const placed = placeNodes(areaMap);
    assert.equal(containerAt(placed, { x: 50, y: 90 }, [AREA])!.node.name, '1.1');
    assert.equal(containerAt(placed, { x: 250, y: 20 }, [AREA])!.node.name, '1');
    assert.equal(containerAt(placed, { x: 350, y: 20 }, [AREA]), null);
    assert.equal(containerAt(placed, { x: 50, y: 90 }, [AREA], 'area:acme::1.1')!.node.name, '1');
});

test('a drop into another area is moveToArea, within its own area a kept position', () => {
    const placed = placeNodes(areaMap);
    assert.deepEqual(dropOutcome(placed, 'area-map', 'element:acme::X', { x: 450, y: 150 }, { x: 400, y: 80 }, true),
        { kind: 'edit', op: { op: 'moveToArea', element: 'X', area: '2' } });
    assert.deepEqual(dropOutcome(placed, 'area-map', 'element:acme::X', { x: 60, y: 120 }, { x: 30, y: 50 }, true),
        { kind: 'position', id: 'element:acme::X', x: 30, y: 50 });
    assert.deepEqual(dropOutcome(placed, 'area-map', 'element:acme::Z', { x: 40, y: 90 }, { x: 20, y: 40 }, true),
        { kind: 'edit', op: { op: 'moveToArea', element: 'Z', area: '1.1' } });
});

test('a drop on the background, of a built-in element, or without moving is refused or ignored', () => {
    const placed = placeNodes(areaMap);
    assert.equal(dropOutcome(placed, 'area-map', 'element:acme::X', { x: 350, y: 250 }, { x: 0, y: 0 }, true).kind, 'refuse');
    const builtIn = dropOutcome(placed, 'area-map', 'element:acme::MS-RPCE', { x: 50, y: 90 }, { x: 0, y: 0 }, true);
    assert.equal(builtIn.kind, 'refuse');
    assert.match((builtIn as { message: string }).message, /built-in model/);
    assert.deepEqual(dropOutcome(placed, 'area-map', 'element:acme::X', { x: 450, y: 150 }, { x: 0, y: 0 }, false), { kind: 'none' });
});

test('a drop into another lane is moveToLayer', () => {
    const placed = placeNodes(layerStack);
    assert.deepEqual(dropOutcome(placed, 'layer-stack', 'element:acme::A', { x: 60, y: 150 }, { x: 30, y: 130 }, true),
        { kind: 'edit', op: { op: 'moveToLayer', element: 'A', layer: 'transport' } });
    assert.equal(dropOutcome(placed, 'layer-stack', 'element:acme::A', { x: 300, y: 50 }, { x: 270, y: 20 }, true).kind, 'position');
    assert.equal(containerAt(placed, { x: 10, y: 150 }, [LANE])!.node.name, 'transport');
});

test('palette, relation, rename, delete and reconnect give one op each', () => {
    const placed = placeNodes(areaMap);
    const area = placed.get('area:acme::1.1')!.node;
    const x = placed.get('element:acme::X')!.node;
    const y = placed.get('element:acme::Y')!.node;
    assert.deepEqual(createOp({ kind: 'specification', specKind: 'protocol' }, 'MS-NEW', area, 'acme.wpo'),
        { op: 'createSpecification', name: 'MS-NEW', specKind: 'protocol', container: '1.1', file: 'acme.wpo' });
    assert.deepEqual(createOp({ kind: 'area' }, '3', null, 'acme.wpo', 'Third'),
        { op: 'createArea', name: '3', title: 'Third', container: null, file: 'acme.wpo' });
    assert.deepEqual(createOp({ kind: 'technology' }, 'SMB', area, 'acme.wpo'),
        { op: 'createTechnology', name: 'SMB', container: '1.1', file: 'acme.wpo' });
    assert.deepEqual(relationOp(x, y, 'runs-over'),
        { kind: 'edit', op: { op: 'createRelation', source: 'X', relationKind: 'runs-over', target: 'Y' } });
    assert.equal(relationOp(x, x, 'uses').kind, 'refuse');
    assert.equal(relationOp(x, area, 'uses').kind, 'refuse');
    assert.deepEqual(renameOp(x, ' X2 '), { kind: 'edit', op: { op: 'rename', element: 'X', newName: 'X2' } });
    assert.deepEqual(renameOp(area, '1.5'), { kind: 'edit', op: { op: 'rename', area: '1.1', newName: '1.5' } });
    assert.deepEqual(renameOp(x, 'X'), { kind: 'none' });
    assert.deepEqual(deleteOp({ id: 'rel:acme::X|runs-over|acme::Y', type: 'edge:relation' }),
        { kind: 'edit', op: { op: 'deleteRelation', edgeId: 'rel:acme::X|runs-over|acme::Y' } });
    assert.deepEqual(deleteOp({ id: x.id, type: x.type, name: 'X' }), { kind: 'edit', op: { op: 'deleteElement', element: 'X' } });
    assert.deepEqual(deleteOp({ id: area.id, type: area.type, name: '1.1' }), { kind: 'edit', op: { op: 'deleteElement', area: '1.1' } });
    assert.deepEqual(renameOp({ type: 'node:lane', id: 'layer:transport', name: 'transport' }, 'carriage'),
        { kind: 'edit', op: { op: 'rename', layer: 'transport', newName: 'carriage' } });
    assert.deepEqual(reconnectOp('rel:acme::X|runs-over|acme::Y', 'target', placed.get('element:acme::Z')!.node),
        { kind: 'edit', op: { op: 'reconnect', edgeId: 'rel:acme::X|runs-over|acme::Y', end: 'target', element: 'Z' } });
});

test('ops name areas and elements by their qualified names when the diagram gives them', () => {
    const spare: ModelElement = { type: 'node:area', id: 'area:lab::3', name: '3', qualifiedName: 'lab::3' };
    const tech: ModelElement = { type: 'node:element', id: 'element:lab::T', name: 'T', qualifiedName: 'lab::T' };
    assert.deepEqual(createOp({ kind: 'technology' }, 'W', spare, 'lab.wpo'),
        { op: 'createTechnology', name: 'W', container: 'lab::3', file: 'lab.wpo' });
    assert.deepEqual(renameOp(spare, '4'), { kind: 'edit', op: { op: 'rename', area: 'lab::3', newName: '4' } });
    assert.deepEqual(deleteOp({ id: tech.id, type: tech.type, name: 'T', qualifiedName: 'lab::T' }),
        { kind: 'edit', op: { op: 'deleteElement', element: 'lab::T' } });
});

test('the search puts an exact name first, elements before areas', () => {
    const placed = placeNodes(areaMap);
    assert.deepEqual(searchNodes(placed, 'x').map(p => p.node.name), ['X']);
    assert.deepEqual(searchNodes(placed, '1').map(p => p.node.name), ['1', '1.1']);
    assert.deepEqual(searchNodes(placed, '   '), []);
});

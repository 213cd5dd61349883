/** @jsx svg */
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import {
    IView, IViewArgs, PolylineEdgeView, RenderingContext, SEdgeImpl, SLabelImpl, SNodeImpl, setClass, svg
} from 'sprotty';
import { Point } from 'sprotty-protocol';
import { Marker } from '../protocol';
import { arrowhead, dashes, outline } from './shapes';

// The `svg` factory is what the TSX above compiles to.
void svg;

type Fields = Record<string, any>;

function shapeNode(shape: string, w: number, h: number, attrs: Fields): VNode {
    const o = outline(shape, w, h);
    if (o.tag === 'ellipse') {
        return <ellipse class-sprotty-node={true} class-wpo-shape={true} cx={w / 2} cy={h / 2} rx={w / 2} ry={h / 2} {...attrs} />;
    }
    if (o.tag === 'path') {
        return <path class-sprotty-node={true} class-wpo-shape={true} d={o.d} {...attrs} />;
    }
    return <rect class-sprotty-node={true} class-wpo-shape={true} x={0} y={0} width={w} height={h} rx={o.rx} ry={o.rx} {...attrs} />;
}

function markersOf(node: Fields, w: number): VNode[] {
    const markers: Marker[] = Array.isArray(node.markers) ? node.markers : [];
    const worst = markers.find(m => m.severity === 'error') ?? markers.find(m => m.severity === 'warning') ?? markers[0];
    if (!worst) {
        return [];
    }
    const severity = worst.severity === 'error' ? 'error' : worst.severity === 'warning' ? 'warning' : 'info';
    const color = severity === 'error' ? '#D32F2F' : severity === 'warning' ? '#ED8B00' : '#1F5FA8';
    const text = markers.map(m => m.message).join('\n');
    return [<g class-wpo-marker={true} {...{ ['class-wpo-marker-' + severity]: true }} transform={`translate(${w - 4}, 4)`}>
        <title>{text}</title>
        <circle cx={0} cy={0} r={7} fill={color} stroke="#FFFFFF" stroke-width={1.5} />
        <text x={0} y={4} font-size={11} font-weight="bold" text-anchor="middle" fill="#FFFFFF">{severity === 'error' ? '!' : '?'}</text>
    </g>];
}

/** An element: its kind's shape with the fill, border and dashes of DiagramStyle, its label lines, its markers. */
@injectable()
export class ElementView implements IView {
    render(node: Readonly<SNodeImpl>, context: RenderingContext): VNode {
        const n = node as unknown as Fields;
        const { width, height } = node.size;
        const tooltip = [n.name + (n.title ? ' — ' + n.title : ''), ...(Array.isArray(n.markers) ? n.markers.map((m: Marker) => m.message) : [])].join('\n');
        const vnode = <g class-wpo-element={true} class-selected={node.selected} class-readonly={n.editable === false}
            class-mouseover={node.hoverFeedback} data-name={n.name} data-kind={n.elementKind}>
            <title>{tooltip}</title>
            {shapeNode(String(n.shape ?? 'RECTANGLE'), width, height, {
                fill: n.fill ?? '#FFFFFF', stroke: n.stroke ?? '#1A1A1A', 'stroke-width': 1.5, 'stroke-dasharray': dashes(n.border)
            })}
            {context.renderChildren(node)}
            {markersOf(n, width)}
        </g>;
        return vnode;
    }
}

/** An area of the area map: a rounded frame with its depth's fill, its title and what it holds. */
@injectable()
export class AreaView implements IView {
    render(node: Readonly<SNodeImpl>, context: RenderingContext): VNode {
        const n = node as unknown as Fields;
        const { width, height } = node.size;
        return <g class-wpo-area={true} class-selected={node.selected} data-name={n.name}>
            <rect class-sprotty-node={true} class-wpo-frame={true} x={0} y={0} width={width} height={height} rx={4} ry={4}
                fill={n.fill ?? '#F4F6F8'} stroke={n.stroke ?? '#9AA5B1'} stroke-width={1} />
            {context.renderChildren(node)}
            {markersOf(n, width)}
        </g>;
    }
}

/** A layer lane of the layer stack. */
@injectable()
export class LaneView implements IView {
    render(node: Readonly<SNodeImpl>, context: RenderingContext): VNode {
        const n = node as unknown as Fields;
        const { width, height } = node.size;
        return <g class-wpo-lane={true} class-selected={node.selected} data-name={n.name}>
            <rect class-sprotty-node={true} class-wpo-frame={true} x={0} y={0} width={width} height={height}
                fill={n.fill ?? '#F7F7F2'} stroke={n.stroke ?? '#B8B8A8'} stroke-width={1} />
            {context.renderChildren(node)}
        </g>;
    }
}

/** One line of a label, at its baseline, centered or left-aligned, in its owner's text color. */
@injectable()
export class LineLabelView implements IView {
    render(label: Readonly<SLabelImpl>): VNode {
        const l = label as unknown as Fields;
        const owner = label.parent as unknown as Fields;
        const size = Number(l.fontSize ?? 12);
        const color = owner.textColor ?? (owner.type === 'node:element' ? '#1A1A1A' : '#3A4650');
        const centered = l.centered === true;
        return <text class-sprotty-label={true} class-wpo-label={true} x={centered ? Number(l.width ?? 0) / 2 : 0} y={0}
            font-size={size} font-weight={l.bold ? 'bold' : undefined} text-anchor={centered ? 'middle' : undefined}
            fill={color}>{label.text}</text>;
    }
}

/** A relation: its kind's color, width, dashes and arrowhead. */
@injectable()
export class RelationView extends PolylineEdgeView {
    override render(edge: Readonly<SEdgeImpl>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        const vnode = super.render(edge, context, args);
        if (vnode) {
            const e = edge as unknown as Fields;
            setClass(vnode, 'selected', edge.selected);
            setClass(vnode, 'wpo-relation', true);
            setClass(vnode, 'readonly', e.editable === false);
        }
        return vnode;
    }

    protected override renderLine(edge: SEdgeImpl, segments: Point[]): VNode {
        const e = edge as unknown as Fields;
        const d = segments.map((p, i) => (i === 0 ? 'M' : ' L') + p.x + ' ' + p.y).join('');
        return <g>
            <path class-wpo-hit={true} d={d} fill="none" stroke="transparent" stroke-width={10} />
            <path class-wpo-line={true} d={d} fill="none" stroke={e.color ?? '#1A1A1A'} stroke-width={e.width ?? 1}
                stroke-dasharray={dashes(e.line)} />
        </g>;
    }

    protected override renderAdditionals(edge: SEdgeImpl, segments: Point[]): VNode[] {
        const e = edge as unknown as Fields;
        if (segments.length < 2) {
            return [];
        }
        const tip = segments[segments.length - 1];
        // The route may end with a point repeated on the border: aim along the last real segment.
        let from = segments[segments.length - 2];
        for (let i = segments.length - 2; i >= 0 && Math.hypot(tip.x - from.x, tip.y - from.y) < 0.5; i--) {
            from = segments[i];
        }
        const angle = Math.atan2(tip.y - from.y, tip.x - from.x) * 180 / Math.PI;
        const color = e.color ?? '#1A1A1A';
        const head = arrowhead(e.arrow, color);
        const transform = `translate(${tip.x} ${tip.y}) rotate(${angle}) translate(-12 -6)`;
        const shape = head.circle
            ? <circle cx={6.5} cy={6} r={4.5} fill={head.fill} stroke={color} stroke-width={head.width} />
            : <path d={head.d} fill={head.fill} stroke={color} stroke-width={head.width} />;
        return [<g class-wpo-arrow={true} transform={transform}>{shape}</g>,
            <title>{`${String(e.sourceId).replace(/^element:/, '')} ${e.kind} ${String(e.targetId).replace(/^element:/, '')}`}</title>];
    }
}

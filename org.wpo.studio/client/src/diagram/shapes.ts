/**
 * The outlines of `wpo render` (org.wpo.render's Shapes), drawn in a node's own coordinates, so
 * that the studio's nodes look like the rendered SVG's.
 */
export const POINT = 11;
export const FOLD = 10;
export const TAB = 6;
export const CAP = 5;
export const CORNER = 8;

export type ShapeOutline =
    | { tag: 'rect'; rx: number }
    | { tag: 'ellipse' }
    | { tag: 'path'; d: string };

/** DiagramStyle's enum names in any case, with - or _ between words. */
function normal(value: unknown): string {
    return String(value ?? '').toUpperCase().replace(/-/g, '_');
}

function p(x: number, y: number): string {
    return `${round(x)} ${round(y)}`;
}

function round(v: number): number {
    return Math.round(v * 100) / 100;
}

/** The outline of a shape (by DiagramStyle's name, any case) filling a box of w by h at 0,0. */
export function outline(shape: string, w: number, h: number): ShapeOutline {
    const r = w;
    const b = h;
    switch (normal(shape)) {
        case 'ROUNDED_RECTANGLE':
            return { tag: 'rect', rx: CORNER };
        case 'ELLIPSE':
            return { tag: 'ellipse' };
        case 'NOTE':
            return {
                tag: 'path', d: `M${p(0, 0)} L${p(r - FOLD, 0)} L${p(r, FOLD)} L${p(r, b)} L${p(0, b)} Z M${p(r - FOLD, 0)} L${p(r - FOLD, FOLD)} L${p(r, FOLD)}`
            };
        case 'HEXAGON':
            return {
                tag: 'path', d: `M${p(POINT, 0)} L${p(r - POINT, 0)} L${p(r, h / 2)} L${p(r - POINT, b)} L${p(POINT, b)} L${p(0, h / 2)} Z`
            };
        case 'FOLDER': {
            const tab = Math.min(w * 0.4, 48);
            return {
                tag: 'path', d: `M${p(0, TAB)} L${p(0, 0)} L${p(tab - TAB, 0)} L${p(tab, TAB)} L${p(r, TAB)} L${p(r, b)} L${p(0, b)} Z M${p(0, TAB)} L${p(tab, TAB)}`
            };
        }
        case 'CYLINDER': {
            const rx = round(w / 2);
            return {
                tag: 'path', d: `M${p(0, CAP)} A${rx} ${CAP} 0 0 1 ${p(r, CAP)} L${p(r, b - CAP)} A${rx} ${CAP} 0 0 1 ${p(0, b - CAP)} Z M${p(0, CAP)} A${rx} ${CAP} 0 0 0 ${p(r, CAP)}`
            };
        }
        default:
            return { tag: 'rect', rx: 0 };
    }
}

/** The stroke-dasharray of a line style, as SvgWriter writes it. */
export function dashes(line: unknown): string | undefined {
    switch (normal(line)) {
        case 'DASHED':
            return '6 4';
        case 'DOTTED':
            return '2 3';
        default:
            return undefined;
    }
}

/** An arrowhead in a 12 by 12 box whose tip is at 12,6 (SvgWriter's markers). */
export function arrowhead(arrow: unknown, color: string): { d?: string; circle?: boolean; fill: string; width: number } {
    switch (normal(arrow)) {
        case 'OPEN_TRIANGLE':
            return { d: 'M1 1 L11.5 6 L1 11 Z', fill: '#FFFFFF', width: 1.2 };
        case 'VEE':
            return { d: 'M1 1 L11.5 6 L1 11', fill: 'none', width: 1.5 };
        case 'TEE':
            return { d: 'M11 0.5 L11 11.5 M0 6 L11 6', fill: 'none', width: 2 };
        case 'DIAMOND':
            return { d: 'M0 6 L6 1 L12 6 L6 11 Z', fill: color, width: 1 };
        case 'CIRCLE':
            return { circle: true, fill: '#FFFFFF', width: 1.2 };
        default:
            return { d: 'M0 1 L12 6 L0 11 Z', fill: color, width: 1 };
    }
}

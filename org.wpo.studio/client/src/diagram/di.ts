/** The Sprotty container of the diagram pane: WPO's node, lane, area, label and relation views. */
import { Container, ContainerModule, injectable } from 'inversify';
import {
    ActionHandlerRegistry, configureModelElement, configureViewerOptions, edgeEditModule, hoverFeedbackFeature,
    labelEditModule, labelEditUiModule, loadDefaultModules, LocalModelSource, moveFeature, SEdgeImpl, SGraphImpl,
    SGraphView, SLabelImpl, SNodeImpl, TYPES, undoRedoModule, commandPaletteModule, contextMenuModule, exportModule
} from 'sprotty';
import { Action, MoveAction, SelectAction, SelectAllAction, SModelRoot, UpdateModelAction } from 'sprotty-protocol';
import { AreaView, ElementView, LaneView, LineLabelView, RelationView } from './views';

/** What the diagram pane hears from Sprotty: moves (each step, then the finished one) and selection. */
export interface DiagramHooks {
    move(action: MoveAction): void;
    selection(action: SelectAction | SelectAllAction): void;
}

const SWITCH_EDIT_MODE = 'switchEditMode';

export const hooks: { current: DiagramHooks | null } = { current: null };

/** A model source that passes moves and selections to the pane and replaces the model without animation. */
@injectable()
export class StudioModelSource extends LocalModelSource {
    override initialize(registry: ActionHandlerRegistry): void {
        super.initialize(registry);
        registry.register(MoveAction.KIND, this);
        registry.register(SelectAction.KIND, this);
        registry.register(SelectAllAction.KIND, this);
        // Selecting an edge asks for its edit mode (routing handles), which this studio does not use.
        registry.register(SWITCH_EDIT_MODE, this);
    }

    override handle(action: Action): void {
        if (action.kind === MoveAction.KIND) {
            hooks.current?.move(action as MoveAction);
        } else if (action.kind === SelectAction.KIND || action.kind === SelectAllAction.KIND) {
            hooks.current?.selection(action as SelectAction);
        } else if (action.kind !== SWITCH_EDIT_MODE) {
            super.handle(action);
        }
    }

    /** Shows a new version of the same diagram, keeping zoom and scroll. */
    async replace(root: SModelRoot): Promise<void> {
        this.currentRoot = root;
        await this.actionDispatcher.dispatch(UpdateModelAction.create(root, { animate: false }));
    }
}

export function createContainer(baseDiv: string): Container {
    const wpoModule = new ContainerModule((bind, unbind, isBound, rebind) => {
        bind(StudioModelSource).toSelf().inSingletonScope();
        bind(TYPES.ModelSource).toService(StudioModelSource);
        const context = { bind, unbind, isBound, rebind };
        configureModelElement(context, 'graph', SGraphImpl, SGraphView);
        configureModelElement(context, 'node:element', SNodeImpl, ElementView);
        configureModelElement(context, 'node:area', SNodeImpl, AreaView, { disable: [moveFeature, hoverFeedbackFeature] });
        configureModelElement(context, 'node:lane', SNodeImpl, LaneView, { disable: [moveFeature, hoverFeedbackFeature] });
        configureModelElement(context, 'label', SLabelImpl, LineLabelView);
        configureModelElement(context, 'edge:relation', SEdgeImpl, RelationView);
        configureViewerOptions(context, {
            needsClientLayout: false,
            needsServerLayout: false,
            baseDiv,
            hiddenDiv: baseDiv + '-hidden'
        });
    });
    const container = new Container();
    loadDefaultModules(container, {
        exclude: [undoRedoModule, labelEditModule, labelEditUiModule, edgeEditModule, commandPaletteModule,
            contextMenuModule, exportModule]
    });
    container.load(wpoModule);
    return container;
}

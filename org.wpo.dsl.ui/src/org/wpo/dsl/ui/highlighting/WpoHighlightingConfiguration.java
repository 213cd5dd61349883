package org.wpo.dsl.ui.highlighting;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ui.editor.syntaxcoloring.DefaultHighlightingConfiguration;
import org.eclipse.xtext.ui.editor.syntaxcoloring.IHighlightingConfigurationAcceptor;
import org.eclipse.xtext.ui.editor.utils.TextStyle;
import org.wpo.dsl.ide.highlighting.WpoHighlighting;

/**
 * A style (editable in the preferences) for each style id of {@link WpoHighlighting}: a colour per
 * kind of declaration, bold declarations, struck-out deprecated elements, italic built-in names.
 */
public class WpoHighlightingConfiguration extends DefaultHighlightingConfiguration {

	@Override
	public void configure(IHighlightingConfigurationAcceptor acceptor) {
		super.configure(acceptor);
		acceptor.acceptDefaultHighlighting(WpoHighlighting.SPECIFICATION, "Specification", color(30, 70, 150));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.TECHNOLOGY, "Technology", color(40, 110, 40));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.AREA, "Area", color(150, 110, 10));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.LAYER, "Layer", color(100, 50, 140));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.PRODUCT, "Product", color(180, 90, 20));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.DECLARATION, "Declaration", style(SWT.BOLD, 0));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.DEPRECATED, "Deprecated or obsolete",
				style(SWT.NORMAL, TextStyle.STRIKETHROUGH));
		acceptor.acceptDefaultHighlighting(WpoHighlighting.BUILT_IN, "Built-in model", style(SWT.ITALIC, 0));
	}

	private static TextStyle color(int red, int green, int blue) {
		TextStyle style = new TextStyle();
		style.setColor(new RGB(red, green, blue));
		return style;
	}

	private static TextStyle style(int fontStyle, int extraStyle) {
		TextStyle style = new TextStyle();
		style.setStyle(fontStyle | extraStyle);
		return style;
	}
}

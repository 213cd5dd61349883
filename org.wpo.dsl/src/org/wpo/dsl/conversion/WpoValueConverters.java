package org.wpo.dsl.conversion;

import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Value converters for the names and references of the WPO language. */
@Singleton
public class WpoValueConverters extends DefaultTerminalConverters {

	private NameValueConverter name;
	private NameValueConverter areaName;
	private RefValueConverter ref;

	@Inject
	void init(IGrammarAccess grammarAccess) {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
		name = new NameValueConverter(keywords, false);
		areaName = new NameValueConverter(keywords, true);
		ref = new RefValueConverter(areaName);
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return name;
	}

	@ValueConverter(rule = "AreaName")
	public IValueConverter<String> AreaName() {
		return areaName;
	}

	@ValueConverter(rule = "Ref")
	public IValueConverter<String> Ref() {
		return ref;
	}
}

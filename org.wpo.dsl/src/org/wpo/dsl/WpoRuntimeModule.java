package org.wpo.dsl;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.SimpleResourceDescriptionsBasedContainerManager;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.IResourceValidator;
import org.wpo.dsl.conversion.WpoValueConverters;
import org.wpo.dsl.formatting2.WpoFormatter;
import org.wpo.dsl.parser.NestingGuardedParser;
import org.wpo.dsl.parser.WpoLexer;
import org.wpo.dsl.parser.antlr.internal.InternalWpoLexer;
import org.wpo.dsl.parser.WpoSyntaxErrorMessageProvider;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoFragmentProvider;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;
import org.wpo.dsl.scoping.WpoLinkingDiagnosticMessageProvider;
import org.wpo.dsl.scoping.WpoScopeProvider;
import org.wpo.dsl.validation.WpoResourceValidator;

/** Binds the WPO language's own services in place of Xtext's defaults. */
public class WpoRuntimeModule extends AbstractWpoRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return WpoValueConverters.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return WpoQualifiedNameConverter.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return WpoQualifiedNameProvider.class;
	}

	/**
	 * URI fragments by name, not by position: a Sirius diagram, the index and the editing tools find
	 * the same object after its file was edited elsewhere and reloaded.
	 */
	@Override
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return WpoFragmentProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return WpoResourceDescriptionStrategy.class;
	}

	@Override
	public Class<? extends IScopeProvider> bindIScopeProvider() {
		return WpoScopeProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return WpoLinkingDiagnosticMessageProvider.class;
	}

	/**
	 * Every loaded file sees every other one. This manager works with any index, including the hashed
	 * one the checker attaches, where the default one insists on scanning the resource set.
	 */
	@Override
	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return SimpleResourceDescriptionsBasedContainerManager.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return WpoSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends Lexer> bindLexer() {
		return WpoLexer.class;
	}

	@Override
	public Provider<? extends InternalWpoLexer> provideInternalWpoLexer() {
		return LexerProvider.create(WpoLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(WpoLexer.class);
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return NestingGuardedParser.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return WpoResource.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return WpoFormatter.class;
	}

	/** Validates a file with the whole-model values computed once for it (see {@link WpoResourceValidator}). */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return WpoResourceValidator.class;
	}
}

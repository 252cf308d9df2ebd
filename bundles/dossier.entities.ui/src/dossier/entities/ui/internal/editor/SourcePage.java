// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.entities.ui.internal.Messages;

/**
 * The article's source metadata in a form: title, authors, publisher, source URL, date, language and the licence
 * statement, validated as typed. A valid change is an undoable edit (typing in one field is one operation).
 */
public final class SourcePage {

	/** The fields, by key. */
	public enum Field {
		TITLE, AUTHORS, PUBLISHER, SOURCE_URL, DATE, LANGUAGE, LICENCE, LICENCE_URL
	}

	private final EntityEditor editor;
	private final ScrolledComposite control;
	private final Composite form;
	private final Map<Field, Text> texts = new LinkedHashMap<>();
	private final Label problem;
	private Label found;
	private boolean updating;
	private final List<Runnable> pendingFields = new ArrayList<>();
	private Label foundTitle;

	SourcePage(Composite parent, EntityEditor editor) {
		this.editor = editor;
		control = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		form = new Composite(control, SWT.NONE);
		control.setContent(form);
		control.setExpandHorizontal(true);
		control.setExpandVertical(true);
		GridLayoutFactory.fillDefaults().margins(10, 10).numColumns(2).applyTo(form);
		problem = new Label(form, SWT.WRAP);
		problem.setText(Messages.Source_valid);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		field(Field.TITLE, Messages.Source_title, SWT.SINGLE, Article::title, (a, v) -> a.toBuilder().title(v).build(),
				SourceFields::checkTitle);
		field(Field.AUTHORS, Messages.Source_authors, SWT.MULTI | SWT.V_SCROLL, a -> String.join("\n", a.authors()), //$NON-NLS-1$
				(a, v) -> a.toBuilder().authors(Arrays.stream(v.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()).build(), //$NON-NLS-1$
				v -> null);
		field(Field.PUBLISHER, Messages.Source_publisher, SWT.SINGLE, a -> nonNull(a.publisher()),
				(a, v) -> a.toBuilder().publisher(blankToNull(v)).build(), v -> null);
		field(Field.SOURCE_URL, Messages.Source_sourceUrl, SWT.SINGLE, a -> nonNull(a.sourceUrl()),
				(a, v) -> a.toBuilder().sourceUrl(blankToNull(v)).build(), SourceFields::checkUrl);
		field(Field.DATE, Messages.Source_date, SWT.SINGLE, a -> nonNull(a.published()),
				(a, v) -> a.toBuilder().published(blankToNull(v)).build(), SourceFields::checkDate);
		field(Field.LANGUAGE, Messages.Source_language, SWT.SINGLE, Article::language,
				(a, v) -> a.toBuilder().language(v.strip()).build(), SourceFields::checkLanguage);
		field(Field.LICENCE, Messages.Source_licence, SWT.SINGLE, a -> own(a) == null ? "" : own(a).text(), //$NON-NLS-1$
				(a, v) -> withOwnLicence(a, v, own(a) == null ? null : own(a).url()), v -> null);
		field(Field.LICENCE_URL, Messages.Source_licenceUrl, SWT.SINGLE, a -> own(a) == null ? "" : nonNull(own(a).url()), //$NON-NLS-1$
				(a, v) -> withOwnLicence(a, own(a) == null ? "" : own(a).text(), blankToNull(v)), SourceFields::checkUrl); //$NON-NLS-1$
		found = null;
	}

	/** The licence statement an analyst set here: the first statement from metadata without a place in the text. */
	private static @Nullable LicenceStatement own(Article article) {
		return article.licences().stream().filter(l -> l.span() == null && l.origin() == LicenceStatement.Origin.META)
				.findFirst().orElse(null);
	}

	private static Article withOwnLicence(Article article, String text, @Nullable String url) {
		List<LicenceStatement> licences = new ArrayList<>(article.licences());
		LicenceStatement current = own(article);
		int index = current == null ? -1 : licences.indexOf(current);
		if (index >= 0) {
			licences.remove(index);
		}
		if (!text.isBlank() || url != null) {
			LicenceStatement statement = new LicenceStatement(LicenceStatement.Origin.META, text.strip(), url, null);
			licences.add(index >= 0 ? index : licences.size(), statement);
		}
		return article.toBuilder().licences(licences).build();
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private void field(Field key, String label, int style, Function<Article, String> get,
			BiFunction<Article, String, Article> set, Function<String, @Nullable String> check) {
		pendingFields.add(() -> createField(key, label, style, get, set, check));
	}

	/**
	 * Creates a field once the article is known: GTK fixes a text field's orientation when it is created, so a
	 * field whose value is Arabic is created right to left.
	 */
	private void createField(Field key, String label, int style, Function<Article, String> get,
			BiFunction<Article, String, Article> set, Function<String, @Nullable String> check) {
		String initial = get.apply(editor.session().state().article());
		if (TextDirection.firstStrong(initial, TextDirection.LTR) == TextDirection.RTL) {
			style |= SWT.RIGHT_TO_LEFT;
		}
		Label name = new Label(form, SWT.NONE);
		name.setText(label);
		GridDataFactory.fillDefaults().align(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER).applyTo(name);
		Text text = new Text(form, SWT.BORDER | style);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, (style & SWT.MULTI) != 0 ? 60 : SWT.DEFAULT).applyTo(text);
		text.setData(Field.class.getName(), get);
		texts.put(key, text);
		text.addModifyListener(event -> {
			if (updating || editor.session() == null) {
				return;
			}
			String reason = check.apply(text.getText());
			problem.setText(reason == null ? Messages.Source_valid : reason);
			problem.setForeground(reason == null ? null : text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			form.layout(true);
			if (reason == null) {
				String value = text.getText();
				editor.apply(NLS.bind(Messages.Op_editSource, label.replace("&", "").replace(":", "")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						state -> {
							Article changed = set.apply(state.article(), value);
							return changed.equals(state.article()) ? state : state.withArticle(changed);
						}, "source." + key); //$NON-NLS-1$
			}
		});
	}

	Control control() {
		return control;
	}

	/** The field widget, for tests. */
	public @Nullable Text text(Field field) {
		return texts.get(field);
	}

	/** The validation message shown. */
	public String problem() {
		return problem.getText();
	}

	/** Shows the session's current article, keeping what is being typed in a field that already says it. */
	@SuppressWarnings("unchecked")
	public void refresh() {
		if (editor.session() == null || form.isDisposed()) {
			return;
		}
		Article article = editor.session().state().article();
		if (!pendingFields.isEmpty()) {
			pendingFields.forEach(Runnable::run);
			pendingFields.clear();
			foundTitle = new Label(form, SWT.NONE);
			foundTitle.setText(Messages.Source_foundLicences);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(foundTitle);
			found = new Label(form, SWT.WRAP);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(found);
		}
		updating = true;
		try {
			for (Text text : texts.values()) {
				String value = ((Function<Article, String>) text.getData(Field.class.getName())).apply(article);
				if (!value.equals(text.getText())) {
					text.setText(value);
				}
			}
		} finally {
			updating = false;
		}
		StringBuilder statements = new StringBuilder();
		for (LicenceStatement statement : article.licences()) {
			statements.append("• ").append(statement.text()) //$NON-NLS-1$
					.append(statement.url() == null ? "" : " <" + statement.url() + ">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(" (").append(statement.origin().name().toLowerCase(Locale.ROOT)).append(")\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		found.setText(statements.toString().strip());
		control.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		form.layout(true);
	}
}

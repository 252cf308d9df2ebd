// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import dossier.core.model.TextDirection;
import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.ui.HelpContexts;

/**
 * Link to entity…: a field with content assist over every name (labels and aliases in every language) of the
 * corpus catalogue and of the entities this article already mentions.
 */
public final class LinkEntityDialog extends Dialog {

	private final EntityEditor editor;
	private final Map<String, Entity> byName = new LinkedHashMap<>();
	private Text field;
	private Label problem;
	private Entity chosen;

	public LinkEntityDialog(EntityEditor editor) {
		super(editor.getSite().getShell());
		this.editor = editor;
		ArticleSession session = editor.session();
		List<Entity> candidates = new ArrayList<>(session.state().entities().values());
		for (Mention mention : session.state().mentions()) {
			Entity entity = session.entity(mention.entityId());
			if (entity != null) {
				candidates.add(entity);
			}
		}
		synchronized (session.catalogue()) {
			candidates.addAll(session.catalogue().entities());
		}
		for (Entity entity : candidates) {
			for (String name : entity.allNames()) {
				byName.putIfAbsent(proposal(name, entity), entity);
			}
		}
	}

	private String proposal(String name, Entity entity) {
		String label = entity.label(editor.session().language());
		return name.equals(label) ? name + " (" + entity.id() + ")" //$NON-NLS-1$ //$NON-NLS-2$
				: name + " \u2192 " + label + " (" + entity.id() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Every proposal whose text contains {@code typed}, ignoring case. */
	public List<String> proposals(String typed) {
		String key = typed.strip().toLowerCase(Locale.ROOT);
		return byName.keySet().stream().filter(p -> p.toLowerCase(Locale.ROOT).contains(key)).limit(200).toList();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(shell, HelpContexts.LINK_ENTITY_DIALOG);
		shell.setText(Messages.Link_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label message = new Label(area, SWT.WRAP);
		String selected = editor.session().state().article().text().substring(editor.textSelection().getOffset(),
				editor.textSelection().getOffset() + editor.textSelection().getLength());
		message.setText(NLS.bind(Messages.Link_message, selected));
		GridDataFactory.fillDefaults().hint(420, SWT.DEFAULT).applyTo(message);
		// GTK fixes a field's orientation at creation: an Arabic selection gets a right-to-left field
		field = new Text(area, SWT.BORDER | SWT.SINGLE
				| (TextDirection.firstStrong(selected, TextDirection.LTR) == TextDirection.RTL ? SWT.RIGHT_TO_LEFT : 0));
		field.setText(selected.strip());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		IContentProposalProvider provider = (contents, position) -> proposals(contents).stream()
				.map(p -> (IContentProposal) new ContentProposal(p)).toArray(IContentProposal[]::new);
		ContentProposalAdapter adapter = new ContentProposalAdapter(field, new TextContentAdapter(), provider,
				KeyStroke.getInstance(SWT.CTRL, ' '), null);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		adapter.setAutoActivationDelay(300);
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = resolve(field.getText());
		if (chosen == null) {
			problem.setText(Messages.Link_unknown);
			return;
		}
		super.okPressed();
	}

	/** The entity a typed text names: a chosen proposal, or a name of exactly one entity. */
	public @Nullable Entity resolve(String typed) {
		Entity entity = byName.get(typed);
		if (entity != null) {
			return entity;
		}
		String key = typed.strip().toLowerCase(Locale.ROOT);
		List<Entity> matches = byName.entrySet().stream()
				.filter(e -> e.getKey().toLowerCase(Locale.ROOT).startsWith(key + " ")) //$NON-NLS-1$
				.map(Map.Entry::getValue).distinct().toList();
		return matches.size() == 1 ? matches.get(0) : null;
	}

	public Entity entity() {
		return chosen;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}

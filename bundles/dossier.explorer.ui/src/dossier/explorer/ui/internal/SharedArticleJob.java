// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dossier.explorer.ui.ExplorerUi;
import dossier.workspace.RemoteCorpora;

/**
 * Reads the text of an article of a shared corpus from its Solr server in the background, then opens it read-only
 * in a text editor (the articles of a shared corpus have no file here). A server that cannot be reached is a one-line
 * error in the job's status, never a frozen window.
 */
final class SharedArticleJob extends Job {

	/** The platform's plain text editor (org.eclipse.ui.editors), which shows a storage read-only. */
	static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor"; //$NON-NLS-1$

	private final IWorkbenchPage page;
	private final ArticleRef article;
	private final boolean activate;

	SharedArticleJob(IWorkbenchPage page, ArticleRef article, boolean activate) {
		super(NLS.bind(Messages.Open_sharedJob, article.summary().title()));
		this.page = page;
		this.article = article;
		this.activate = activate;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		String text;
		try {
			text = RemoteCorpora.text(article.project(), article.id()).orElse(null);
		} catch (CoreException e) {
			return Status.error(NLS.bind(Messages.Open_sharedFailed, article.summary().title(), e.getStatus().getMessage()));
		}
		if (text == null) {
			return Status.error(NLS.bind(Messages.Open_sharedFailed, article.summary().title(), Messages.Open_sharedGone));
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		SharedArticleInput input = new SharedArticleInput(article, text);
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
				return;
			}
			try {
				page.openEditor(input, TEXT_EDITOR, activate);
			} catch (PartInitException e) {
				ILog.of(SharedArticleJob.class).error(e.getMessage(), e);
			}
		});
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}

	/** An article of a shared corpus as an editor reads it: its stored text, read-only, named by its title. */
	static final class SharedArticleInput extends PlatformObject implements IStorageEditorInput {

		private final ArticleRef article;
		private final String text;

		SharedArticleInput(ArticleRef article, String text) {
			this.article = article;
			this.text = text;
		}

		@Override
		public IStorage getStorage() {
			return new Storage();
		}

		@Override
		public boolean exists() {
			return false; // not in the recently opened list: the article lives on the server
		}

		@Override
		public @Nullable ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return article.summary().title().isBlank() ? article.id() : article.summary().title();
		}

		@Override
		public @Nullable IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return NLS.bind(Messages.Open_sharedTooltip, getName(), CorpusChooser.label(article.project()));
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof SharedArticleInput input && input.article.project().equals(article.project())
					&& input.article.id().equals(article.id());
		}

		@Override
		public int hashCode() {
			return article.project().hashCode() * 31 + article.id().hashCode();
		}

		private final class Storage extends PlatformObject implements IEncodedStorage {

			@Override
			public InputStream getContents() {
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public @Nullable String getCharset() {
				return StandardCharsets.UTF_8.name();
			}

			@Override
			public @Nullable IPath getFullPath() {
				return null;
			}

			@Override
			public String getName() {
				return SharedArticleInput.this.getName();
			}

			@Override
			public boolean isReadOnly() {
				return true;
			}
		}
	}
}

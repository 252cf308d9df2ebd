// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Recognises an article file of a corpus: a JSON object whose first members are {@code "format"} and
 * {@code "id"}, as {@code dossier.core.store.ArticleJson} writes them. Reads at most the first 256 characters.
 */
public class ArticleContentDescriber implements ITextContentDescriber {

	private static final int PREFIX = 256;

	@Override
	public int describe(@Nullable InputStream contents, @Nullable IContentDescription description) throws IOException {
		byte[] head = contents.readNBytes(PREFIX * 4);
		return describe(new String(head, StandardCharsets.UTF_8));
	}

	@Override
	public int describe(Reader contents, @Nullable IContentDescription description) throws IOException {
		char[] buffer = new char[PREFIX];
		int read = contents.read(buffer);
		return describe(read <= 0 ? "" : new String(buffer, 0, read)); //$NON-NLS-1$
	}

	static int describe(String head) {
		String compact = head.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return compact.startsWith("{\"format\":") && compact.contains(",\"id\":\"") ? VALID : INVALID; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}

// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a {@code dossier.importers} contribution declares: its id, a name for people, the file extensions and
 * content types it reads, a priority that breaks ties between equally confident importers, and a factory that
 * creates the {@link Importer} on first use.
 */
public final class ImporterDescriptor {

	private final String id;
	private final String name;
	private final List<String> extensions;
	private final List<String> contentTypes;
	private final int priority;
	private final Supplier<? extends Importer> factory;
	private volatile @Nullable Importer importer;

	/**
	 * @param extensions lower-case file extensions without the dot ({@code "html"}, {@code "warc.gz"})
	 * @param contentTypes media types ({@code "text/html"})
	 */
	public ImporterDescriptor(String id, String name, List<String> extensions, List<String> contentTypes,
			int priority, Supplier<? extends Importer> factory) {
		this.id = Objects.requireNonNull(id);
		this.name = name == null ? id : name;
		this.extensions = extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
		this.contentTypes = contentTypes.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
		this.priority = priority;
		this.factory = Objects.requireNonNull(factory);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public List<String> extensions() {
		return extensions;
	}

	public List<String> contentTypes() {
		return contentTypes;
	}

	public int priority() {
		return priority;
	}

	/** Whether {@code fileName} ends with one of this importer's extensions. */
	public boolean matchesFileName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return extensions.stream().anyMatch(e -> lower.endsWith("." + e)); //$NON-NLS-1$
	}

	/** Whether {@code contentType} (parameters ignored) is one of this importer's. */
	public boolean matchesContentType(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return contentTypes.contains(bare);
	}

	/** The importer, created on first use. */
	public Importer importer() {
		Importer result = importer;
		if (result == null) {
			synchronized (this) {
				result = importer;
				if (result == null) {
					result = Objects.requireNonNull(factory.get(), id);
					importer = result;
				}
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return id;
	}
}

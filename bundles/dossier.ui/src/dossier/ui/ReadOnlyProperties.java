// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Rows of label and value that the Properties view shows read-only, in the order they were added, optionally
 * grouped by category (an article's metadata and its provenance; a mention's text, entity and status). A row
 * without a value (null, empty) is left out.
 */
public class ReadOnlyProperties implements IPropertySource {

	private record Row(@Nullable String category, String label, String value) {
	}

	private final Map<String, Row> rows = new LinkedHashMap<>();

	/** Adds a row without a category, its label as its id. */
	public ReadOnlyProperties add(String label, @Nullable String value) {
		return add(label, null, label, value);
	}

	/** Adds a row under {@code category} (null: none); {@code id} tells rows apart. */
	public ReadOnlyProperties add(String id, @Nullable String category, String label, @Nullable String value) {
		if (value != null && !value.isEmpty() && !"null".equals(value)) { //$NON-NLS-1$
			rows.put(id, new Row(category, label, value));
		}
		return this;
	}

	@Override
	public final Object getEditableValue() {
		return this;
	}

	@Override
	public final IPropertyDescriptor[] getPropertyDescriptors() {
		return rows.entrySet().stream().map(entry -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(entry.getKey(), entry.getValue().label());
			descriptor.setCategory(entry.getValue().category());
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public final @Nullable Object getPropertyValue(@Nullable Object id) {
		Row row = rows.get(id);
		return row == null ? null : row.value();
	}

	@Override
	public final boolean isPropertySet(@Nullable Object id) {
		return false;
	}

	@Override
	public final void resetPropertyValue(@Nullable Object id) {
		// read-only
	}

	@Override
	public final void setPropertyValue(@Nullable Object id, @Nullable Object value) {
		// read-only
	}
}

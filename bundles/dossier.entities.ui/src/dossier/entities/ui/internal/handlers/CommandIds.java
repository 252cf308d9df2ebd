// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.handlers;

/** Command ids of the Entity Editor (declared in plugin.xml). */
public final class CommandIds {
	public static final String PREFIX = "dossier.entities.ui."; //$NON-NLS-1$
	public static final String MARK_AS = PREFIX + "markAs"; //$NON-NLS-1$
	public static final String MARK_AS_TYPE_PARAMETER = PREFIX + "type"; //$NON-NLS-1$
	public static final String MARK_AS_OTHER = PREFIX + "markAsOther"; //$NON-NLS-1$
	public static final String LINK = PREFIX + "link"; //$NON-NLS-1$
	public static final String REMOVE = PREFIX + "remove"; //$NON-NLS-1$
	public static final String ACCEPT = PREFIX + "accept"; //$NON-NLS-1$
	public static final String REJECT = PREFIX + "reject"; //$NON-NLS-1$
	public static final String ACCEPT_ALL_OF_ENTITY = PREFIX + "acceptAllOfEntity"; //$NON-NLS-1$
	public static final String NEXT = PREFIX + "nextMention"; //$NON-NLS-1$
	public static final String PREVIOUS = PREFIX + "previousMention"; //$NON-NLS-1$
	public static final String RECOGNISE = PREFIX + "recognise"; //$NON-NLS-1$
	public static final String ACCEPT_ALL = PREFIX + "acceptAll"; //$NON-NLS-1$
	public static final String CLEAR_SUGGESTIONS = PREFIX + "clearSuggestions"; //$NON-NLS-1$

	private CommandIds() {
	}
}

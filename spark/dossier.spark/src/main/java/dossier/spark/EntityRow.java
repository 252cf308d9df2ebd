// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.Serializable;

/**
 * One entity of an article: its id (a catalogue id such as {@code country:IT}, {@code date:2024-06-17}, or a
 * recognised name's id), label in the article's language, type, Wikidata QID (or null) and number of mentions.
 */
public class EntityRow implements Serializable {

	private static final long serialVersionUID = 1L;

	private String id;
	private String label;
	private String type;
	private String qid;
	private int mentions;

	public EntityRow() {
	}

	EntityRow(String id, String label, String type, String qid, int mentions) {
		this.id = id;
		this.label = label;
		this.type = type;
		this.qid = qid;
		this.mentions = mentions;
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getQid() {
		return qid;
	}

	public void setQid(String qid) {
		this.qid = qid;
	}

	public int getMentions() {
		return mentions;
	}

	public void setMentions(int mentions) {
		this.mentions = mentions;
	}
}

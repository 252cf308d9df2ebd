// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import dossier.core.model.BlockType;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextSpan;
import dossier.ingest.internal.ArticleText;
import dossier.ingest.internal.TextHeuristics;

/**
 * Turns the main content element of a page (or a feed item's HTML) into blocks: headings, paragraphs, list items,
 * quotes, captions with their credits, bylines and datelines as the page marks them, licence lines; link lists and
 * boilerplate left out.
 */
public final class HtmlBlocks {

	/** Class or id tokens of page furniture. */
	static final Pattern JUNK = Pattern.compile("(?i)(^|[-_\\s])(nav|navbar|navigation|menu|breadcrumbs?|share|sharing|" //$NON-NLS-1$
			+ "social|comments?|comment-form|respond|related|recommended|more-stories|promo|advert|advertisement|ads?|adv|" //$NON-NLS-1$
			+ "banner|sponsor(ed)?|newsletter|subscribe|subscription|cookies?|consent|gdpr|popup|modal|sidebar|widget|" //$NON-NLS-1$
			+ "footer|masthead|toolbar|tags|tag-list|pagination|pager|outbrain|taboola|paywall|login|signup|skip-link|" //$NON-NLS-1$
			+ "print|rss|follow)([-_\\s]|$)"); //$NON-NLS-1$

	private final ArticleText text;
	private final String title;
	private final List<String> removed;
	/** rel=license links found in the page: href to text; those placed in the text are removed from here. */
	private final Map<Element, LicenceStatement> relLicences;

	public HtmlBlocks(ArticleText text, @Nullable String title, List<String> removed, Map<Element, LicenceStatement> relLicences) {
		this.text = text;
		this.title = title == null ? "" : ArticleText.normalizeSpaces(title); //$NON-NLS-1$
		this.removed = removed;
		this.relLicences = relLicences;
	}

	/** The {@code <a rel=license>} and {@code <link rel=license>} elements of {@code root}, in document order. */
	public static Map<Element, LicenceStatement> relLicences(Element root) {
		Map<Element, LicenceStatement> found = new LinkedHashMap<>();
		for (Element e : root.select("a[rel], link[rel], area[rel]")) { //$NON-NLS-1$
			boolean licence = false;
			for (String rel : e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$
				licence |= rel.equals("license") || rel.equals("licence") || rel.equals("cc:license"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (licence) {
				String url = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String label = e.tagName().equals("link") ? url : e.text(); //$NON-NLS-1$
				found.put(e, new LicenceStatement(LicenceStatement.Origin.REL_LICENSE, label.isBlank() ? url : label,
						url.isBlank() ? null : url, null));
			}
		}
		return found;
	}

	/** Removes page furniture from {@code root}: scripts, forms, navigation, widgets by tag, role and class/id. */
	public static void clean(Element root) {
		root.select("script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, " //$NON-NLS-1$
				+ "nav, aside, footer, object, embed, video, audio, map, dialog, menu, link, meta").remove(); //$NON-NLS-1$
		root.select("[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], " //$NON-NLS-1$
				+ "[role=menu], [role=menubar], [role=dialog], [role=alert], [aria-hidden=true], [hidden]").remove(); //$NON-NLS-1$
		for (Element header : root.select("header")) { //$NON-NLS-1$
			if (header.closest("article, main, [itemprop=articleBody]") == null && header.parent() != null) { //$NON-NLS-1$
				header.remove();
			}
		}
		List<Element> junk = new ArrayList<>();
		for (Element e : root.getAllElements()) {
			String tag = e.tagName();
			if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					|| e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody") || e == root) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			if (JUNK.matcher(e.className()).find() || JUNK.matcher(e.id()).find()) {
				junk.add(e);
			}
		}
		for (Element e : junk) {
			if (e.parent() != null) {
				e.remove();
			}
		}
	}

	/**
	 * The element holding the article: {@code [itemprop=articleBody]}, else the {@code <article>} with the most
	 * paragraph text, else {@code <main>}, else the element whose paragraphs carry the most text (text density).
	 */
	public static Element mainContent(Element body) {
		Element best = null;
		int bestLength = 0;
		for (Element e : body.select("[itemprop=articleBody], article, main, [role=main]")) { //$NON-NLS-1$
			int length = paragraphText(e);
			boolean preferred = e.attr("itemprop").equals("articleBody"); //$NON-NLS-1$ //$NON-NLS-2$
			if (preferred && length > 0) {
				return e;
			}
			if (length > bestLength) {
				best = e;
				bestLength = length;
			}
		}
		if (best != null && bestLength >= 140) {
			return best;
		}
		Map<Element, Integer> scores = new LinkedHashMap<>();
		for (Element p : body.select("p, pre, blockquote")) { //$NON-NLS-1$
			int length = p.text().length() - linkTextLength(p);
			if (length < 25) {
				continue;
			}
			Element parent = p.parent();
			if (parent != null) {
				scores.merge(parent, length, Integer::sum);
				Element grand = parent.parent();
				if (grand != null) {
					scores.merge(grand, length / 2, Integer::sum);
				}
			}
		}
		Element winner = body;
		int top = 0;
		for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
			if (entry.getValue() > top) {
				winner = entry.getKey();
				top = entry.getValue();
			}
		}
		return winner;
	}

	private static int paragraphText(Element e) {
		int length = 0;
		for (Element p : e.select("p")) { //$NON-NLS-1$
			length += p.text().length() - linkTextLength(p);
		}
		return length;
	}

	static int linkTextLength(Element e) {
		int length = 0;
		for (Element a : e.select("a")) { //$NON-NLS-1$
			length += a.text().length();
		}
		return length;
	}

	/** Appends the blocks of {@code root}'s content. */
	public void append(Element root) {
		container(root, null);
	}

	/**
	 * @param marked the type an enclosing element gives its text ({@link BlockType#CAPTION} inside a figure,
	 *            {@link BlockType#BYLINE} inside a byline), or null
	 */
	private void visit(Element e, @Nullable BlockType marked) {
		String tag = e.normalName();
		switch (tag) {
		case "h1", "h2", "h3", "h4", "h5", "h6": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			String heading = e.text();
			if (!ArticleText.normalizeSpaces(heading).equals(title)) {
				block(marked != null ? marked : BlockType.HEADING, e);
			}
			return;
		case "p", "pre", "address", "dd", "dt": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			BlockType own = marked != null ? marked : markedBy(e);
			block(own != null ? own : bylineInside(e) ? BlockType.BYLINE : BlockType.PARAGRAPH, e);
			return;
		case "li": //$NON-NLS-1$
			if (isLinkList(e)) {
				return;
			}
			block(BlockType.LIST_ITEM, e);
			return;
		case "blockquote": //$NON-NLS-1$
			block(BlockType.QUOTE, e);
			return;
		case "figcaption": //$NON-NLS-1$
			block(BlockType.CAPTION, e);
			return;
		case "table", "img", "picture", "br", "hr": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			return;
		default:
			container(e, marked != null ? marked : markedBy(e));
		}
	}

	/**
	 * Class or id tokens of a picture's caption: WordPress's {@code wp-caption} and {@code wp-caption-text}, a theme's
	 * {@code image-caption}, {@code photo-legende}, {@code bildunterschrift}, {@code didascalia}.
	 */
	static final Pattern CAPTION = Pattern.compile("(?i)(^|[-_\\s])(caption|legende|légende|bildunterschrift|didascalia)([-_\\s]|$)"); //$NON-NLS-1$

	/**
	 * True for a {@code <figure>} (its text beside the picture, when it has no {@code <figcaption>}) and an element a
	 * page marks as a caption by its class or id: the licence checker reads a caption's closing names as its credit.
	 */
	private static boolean isCaption(Element e) {
		return e.normalName().equals("figure") || CAPTION.matcher(e.className()).find() || CAPTION.matcher(e.id()).find(); //$NON-NLS-1$
	}

	/**
	 * Class or id tokens of a byline: {@code byline}, {@code author} ({@code article-author}, {@code c-byline__author},
	 * {@code author-name}), {@code autor}/{@code autore} (es, pt, de, it), {@code auteur}, {@code firma} (es, it).
	 */
	static final Pattern BYLINE = Pattern.compile("(?i)(^|[-_\\s])(by-?line|authors?|autor(?:e|es|i|a|as|en)?|auteurs?|firmas?)([-_\\s]|$)|byline"); //$NON-NLS-1$

	/** Class or id tokens of a box about the author rather than the byline: a biography, a description. */
	private static final Pattern ABOUT_THE_AUTHOR = Pattern.compile("(?i)(^|[-_\\s])(bio|biography|biografia|biografía|description|about|desc)([-_\\s]|$)"); //$NON-NLS-1$

	/** Class or id tokens of an agency dateline: {@code dateline}. */
	static final Pattern DATELINE = Pattern.compile("(?i)(^|[-_\\s])date-?line([-_\\s]|$)"); //$NON-NLS-1$

	/** A byline is short: a line of names, an agency, a date. */
	private static final int BYLINE_CHARS = 200;

	/** The type the page gives the text of {@code e} by its own markup: a caption, a byline, a dateline; else null. */
	private static @Nullable BlockType markedBy(Element e) {
		if (isCaption(e)) {
			return BlockType.CAPTION;
		}
		if (isByline(e) && e.text().length() <= BYLINE_CHARS) {
			return BlockType.BYLINE;
		}
		if ((DATELINE.matcher(e.className()).find() || DATELINE.matcher(e.id()).find()) && e.text().length() <= 100) {
			return BlockType.DATELINE;
		}
		return null;
	}

	/**
	 * True for an element the page marks as naming the article's author: {@code <address>} (HTML's element for the
	 * contact of an article's author), a {@code rel=author} link, schema.org's {@code itemprop=author}, a byline or
	 * author class or id — not a box about the author ({@code author-bio}).
	 */
	private static boolean isByline(Element e) {
		String classes = e.className() + ' ' + e.id();
		if (ABOUT_THE_AUTHOR.matcher(classes).find()) {
			return false;
		}
		return e.normalName().equals("address") || BYLINE.matcher(classes).find() //$NON-NLS-1$
				|| hasToken(e.attr("rel"), "author") || hasToken(e.attr("itemprop"), "author"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static boolean hasToken(String attribute, String token) {
		for (String value : attribute.toLowerCase(Locale.ROOT).split("\\s+")) { //$NON-NLS-1$
			if (value.equals(token)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when a short block is a byline by what it holds: "By <a rel=author>Ana Ruiz</a>, Reuters", "Por <span
	 * itemprop=author>Ana Lima</span> | 12/03/2024". Its words outside the marked names are few (a cue, an agency, a
	 * date): a sentence that links to an author's page is no byline.
	 */
	private static boolean bylineInside(Element e) {
		String all = e.text();
		if (all.length() > BYLINE_CHARS) {
			return false;
		}
		int marked = markedWords(e);
		return marked > 0 && words(all) - marked <= 8;
	}

	/** The words of the outermost elements inside {@code e} that are marked as naming the author. */
	private static int markedWords(Element e) {
		int count = 0;
		for (Element child : e.children()) {
			count += isByline(child) ? words(child.text()) : markedWords(child);
		}
		return count;
	}

	private static int words(String s) {
		return s.isBlank() ? 0 : s.strip().split("\\s+").length; //$NON-NLS-1$
	}

	/** A div, section, body...: its block children in order, with loose text between them as paragraphs. */
	private void container(Element e, @Nullable BlockType marked) {
		{
			if (hasBlockChildren(e)) {
				// loose text beside the block children (a div with text and a nested div)
				StringBuilder loose = new StringBuilder();
				for (Node node : e.childNodes()) {
					// "<span class=byline>By …</span>" between the headline and the story: a block of its own
					BlockType inline = node instanceof Element child && marked == null && !isBlock(child) ? markedBy(child) : null;
					if (node instanceof Element child && isBlock(child)) {
						flushLoose(loose, marked);
						visit(child, marked);
					} else if (node instanceof Element child && inline != null) {
						flushLoose(loose, marked);
						block(inline, child);
					} else if (node instanceof Element child) {
						loose.append(child.text()).append(' ');
					} else if (node instanceof TextNode t) {
						loose.append(t.text());
					}
				}
				flushLoose(loose, marked);
			} else if (!e.text().isBlank()) {
				// "<div class=foto><img><span class=didascalia>…</span></div>": a caption written in an inline element;
				// "<div class=meta>By <a rel=author>…</a></div>": a byline
				BlockType type = marked != null ? marked
						: e.getAllElements().stream().anyMatch(HtmlBlocks::isCaption) ? BlockType.CAPTION
								: bylineInside(e) ? BlockType.BYLINE : BlockType.PARAGRAPH;
				block(type, e);
			}
		}
	}

	private void flushLoose(StringBuilder loose, @Nullable BlockType marked) {
		String s = ArticleText.normalizeSpaces(loose.toString());
		loose.setLength(0);
		if (!s.isEmpty()) {
			addText(marked != null ? marked : BlockType.PARAGRAPH, s, null);
		}
	}

	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ul", "ol", "li", "dl", "dd", "dt", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"pre", "table", "header", "address", "hr", "center", "details", "summary"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	private static boolean isBlock(Element e) {
		return BLOCK_TAGS.contains(e.normalName());
	}

	private static boolean hasBlockChildren(Element e) {
		for (Element child : e.children()) {
			if (isBlock(child)) {
				return true;
			}
		}
		return false;
	}

	/** A list item that is all link: related stories, navigation that escaped cleaning. */
	private static boolean isLinkList(Element li) {
		int length = li.text().length();
		return length > 0 && linkTextLength(li) >= length * 0.8;
	}

	private void block(BlockType type, Element e) {
		String content = e.normalName().equals("pre") ? e.wholeText() : e.text(); //$NON-NLS-1$
		addText(type, content, e);
	}

	private void addText(BlockType type, String content, @Nullable Element e) {
		String s = ArticleText.normalizeSpaces(content);
		if (s.isEmpty()) {
			return;
		}
		if (TextHeuristics.isBoilerplate(s)) {
			removed.add(s);
			return;
		}
		if (type == BlockType.PARAGRAPH && e != null && s.length() < 200 && linkTextLength(e) > s.length() * 0.8
				&& e.select("a[rel~=(?i)licen[cs]e]").isEmpty()) { //$NON-NLS-1$
			removed.add(s); // a line of links: "read also", tags
			return;
		}
		TextSpan span = text.add(type, s);
		if (span == null) {
			return;
		}
		boolean placed = false;
		if (e != null) {
			for (Element a : e.select("a[rel]")) { //$NON-NLS-1$
				LicenceStatement statement = relLicences.remove(a);
				if (statement != null) {
					text.licenceIn(span, ArticleText.normalizeSpaces(a.text()).isEmpty() ? s : ArticleText.normalizeSpaces(a.text()),
							statement.url());
					relLicencePlaced(statement);
					placed = true;
				}
			}
		}
		if (!placed && TextHeuristics.isLicenceLine(s)) {
			text.licenceIn(span, s, null);
		}
		int credit = TextHeuristics.creditStart(s);
		if (credit >= 0 && (type == BlockType.CAPTION || s.length() <= 200)) {
			text.creditIn(span, span.start() + credit);
		}
	}

	/** Hook: the REL_LICENSE origin is kept for statements found in the text (see {@link ArticleText}). */
	private void relLicencePlaced(LicenceStatement statement) {
		text.markLastLicenceOrigin(LicenceStatement.Origin.REL_LICENSE);
	}
}

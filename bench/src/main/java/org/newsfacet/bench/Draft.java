package org.newsfacet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacet.extract.Outlet;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * An article before it is laid out: its metadata and its paragraphs. Every kind of article (a
 * report, a copy of it, a rewrite, an independent report) is a draft, and {@link #body} is the one
 * place that turns a draft into text and the quotes, figures and entities of its expected record.
 *
 * @param id the article's own id (feeds keep it; text files and pages get one from their text)
 * @param title the headline
 * @param published the publication date
 * @param outlet who publishes it
 * @param agency the agency credited for the text, or null for none (an outlet's own report, or an
 *     uncredited copy)
 * @param credit how the agency is credited
 * @param city the dateline city
 * @param author the byline of the wire layout
 * @param url where it is published
 * @param event what the story reports
 * @param paragraphs the body, without the dateline and the outlet's footer
 */
record Draft(String id, String title, LocalDate published, Outlet outlet, Outlet agency, Credit credit, String city,
    String author, String url, Event event, List<Paragraph> paragraphs) {

  /** How a text credits its agency. */
  enum Credit {
    /** "PARIS (Agency) —", and the feed's {@code agency} field. */
    DATELINE,
    /** A "By Agency" line above the text, the dateline without a credit. */
    BYLINE,
    /** No credit at all. */
    NONE
  }

  /** Checks that credit and agency agree, and copies the paragraphs. */
  Draft {
    if ((agency == null) != (credit == Credit.NONE)) {
      throw new IllegalArgumentException("an agency needs a credit, and a credit an agency: " + agency + ", " + credit);
    }
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * The body as text, where each paragraph starts in it, and the entities it names.
   *
   * @param text paragraphs separated by blank lines, the first after its dateline
   * @param lead the first paragraph with its dateline, to find the body again in a laid-out text
   * @param starts where each of the draft's paragraphs starts in {@code text}
   * @param entities entities in order of first mention, with their mention counts
   */
  record Body(String text, String lead, int[] starts, List<Entity> entities) {}

  /**
   * Lays out the body: the dateline ("PARIS (Agency) — ") before the first paragraph, the outlet's
   * footer, if it has one, after the last.
   *
   * @param footer the outlet's footer sentence, or null
   */
  Body body(String footer) {
    String dateline = city.toUpperCase(Locale.ROOT) + (credit == Credit.DATELINE ? " (" + agency.name() + ")" : "")
        + " — ";
    int size = dateline.length() + (footer == null ? 0 : footer.length() + 2);
    for (Paragraph p : paragraphs) {
      size += p.text().length() + 2;
    }
    StringBuilder text = new StringBuilder(size).append(dateline);
    Map<String, Entity> entities = new LinkedHashMap<>();
    mention(entities, new Paragraph.Mention(EntityType.LOCATION, city, null, null));
    int[] starts = new int[paragraphs.size()];
    int leadEnd = -1;
    for (int k = 0; k < starts.length; k++) {
      Paragraph p = paragraphs.get(k);
      if (k > 0) {
        text.append("\n\n");
      }
      starts[k] = text.length();
      text.append(p.text());
      p.mentions().forEach(m -> mention(entities, m));
      if (k == 0) {
        leadEnd = text.length();
      }
    }
    if (footer != null) {
      text.append("\n\n").append(footer);
    }
    return new Body(text.toString(), text.substring(0, leadEnd), starts, List.copyOf(entities.values()));
  }

  /**
   * Counts a mention: a name adds an entity or one more mention of it; an alias (a surname) adds
   * itself to the aliases of the entity it names and counts, but only once that entity is named.
   */
  private static void mention(Map<String, Entity> entities, Paragraph.Mention m) {
    Entity e = entities.get(m.name());
    if (m.alias() == null) {
      entities.put(m.name(), e == null ? new Entity(m.type(), m.name(), List.of(), m.role(), 1)
          : new Entity(e.type(), e.name(), e.aliases(), e.role(), e.mentions() + 1));
    } else if (e != null) {
      List<String> aliases = e.aliases();
      if (!m.alias().equals(m.name()) && !aliases.contains(m.alias())) {
        aliases = new ArrayList<>(aliases);
        aliases.add(m.alias());
      }
      entities.put(m.name(), new Entity(e.type(), e.name(), aliases, e.role(), e.mentions() + 1));
    }
  }
}

package org.newsfacet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

/**
 * One paragraph of a generated article with what it quotes, counts and names, at offsets inside
 * the paragraph: an article of any kind (a report, a copy, a rewrite) is a list of them, and its
 * expected record is computed from that list when it is laid out.
 *
 * @param kind what the paragraph does, so that copies and rewrites can pick paragraphs by kind
 * @param text the paragraph without its dateline
 * @param quotes the quotations in it, offsets relative to the paragraph
 * @param figures the figures in it, offsets relative to the paragraph
 * @param mentions the entities it names, in reading order
 */
record Paragraph(Kind kind, String text, List<Quote> quotes, List<Figure> figures, List<Mention> mentions) {

  /** What a paragraph does. */
  enum Kind {
    /** The lead: a named speaker's reported speech with the story's figure. */
    LEAD,
    /** The speaker's quotation after a colon. */
    QUOTE,
    /** A figure credited to an organisation ("according to the ..."). */
    ACCORDING,
    /** Another person's quotation split by its attribution. */
    SPLIT_QUOTE,
    /** An organisation's spending and a percentage. */
    MONEY,
    /** Plain narrative: no names, no numbers. */
    NARRATIVE,
    /** A paragraph an outlet wrote around a copy it carries: narrative too, but its own. */
    OWN
  }

  /**
   * An entity named in a paragraph.
   *
   * @param type its type
   * @param name its canonical name
   * @param role the role stated with it, or null
   * @param alias another form used here (a surname), or null when the name itself is used; an
   *     alias counts as a mention only of an entity named before it
   */
  record Mention(EntityType type, String name, String role, String alias) {}

  /** Validates and copies the lists. */
  Paragraph {
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    mentions = List.copyOf(mentions);
  }

  /** A paragraph of plain text that names and counts nothing. */
  static Paragraph plain(Kind kind, String text) {
    return new Paragraph(kind, text, List.of(), List.of(), List.of());
  }

  /** Writes a paragraph piece by piece, recording spans where they fall. */
  static final class Builder {
    private static final int GROUP = 3;
    private final StringBuilder text = new StringBuilder(256);
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    Builder text(String s) {
      text.append(s);
      return this;
    }

    Builder text(char c) {
      text.append(c);
      return this;
    }

    /** One expansion of a grammar rule. */
    Builder text(Grammar.Rule rule, SplittableRandom r) {
      rule.append(r, text);
      return this;
    }

    /** The words of a quotation, without its marks, said by a person. */
    Builder quote(String speaker, String words) {
      int start = text.length();
      text.append(words);
      quotes.add(new Quote(speaker, SpeakerType.PERSON, words, false, start, text.length()));
      return this;
    }

    /** A counted figure as written: "about 3,470 soldiers". */
    Builder counted(long value, boolean approximate, String unit, FigureCategory category, String claimant) {
      int start = text.length();
      if (approximate) {
        text.append("about ");
      }
      grouped(value, text);
      text.append(' ').append(unit);
      String written = text.substring(start);
      figures.add(new Figure(written, value, value, approximate, unit, category, claimant, start, text.length()));
      return this;
    }

    /** A figure written as given: "$40 million", "12%". */
    Builder figure(String written, double value, String unit, FigureCategory category, String claimant) {
      int start = text.length();
      text.append(written);
      figures.add(new Figure(written, value, value, false, unit, category, claimant, start, text.length()));
      return this;
    }

    /** Names an entity here, in full. */
    Builder name(EntityType type, String name, String role) {
      text.append(name);
      mentions.add(new Mention(type, name, role, null));
      return this;
    }

    /** Names an entity named before by another form of its name (a surname). */
    Builder alias(String name, String alias) {
      text.append(alias);
      mentions.add(new Mention(EntityType.PERSON, name, null, alias));
      return this;
    }

    /** Appends a whole number with its thousands grouped as English writes them: 24,207. */
    private static void grouped(long value, StringBuilder out) {
      String digits = Long.toString(value);
      int first = digits.length() % GROUP == 0 ? GROUP : digits.length() % GROUP;
      out.append(digits, 0, first);
      for (int i = first; i < digits.length(); i += GROUP) {
        out.append(',').append(digits, i, i + GROUP);
      }
    }

    Paragraph build(Kind kind) {
      return new Paragraph(kind, text.toString(), quotes, figures, mentions);
    }
  }
}

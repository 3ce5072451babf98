package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsfacet.extract.Outlets;

/**
 * Finds the people, organisations and places an English news article names, and merges the
 * mentions of each under one canonical name.
 *
 * <p>Rules, not a statistical model: runs of capitalised words are candidates; titles and roles
 * ("NATO Secretary-General", "governor") mark people and are kept as their roles; bundled
 * gazetteers name places and organisations; name heads ("Council", "Ministry", "River") type
 * unknown names; given names and East Asian family names mark people; a lone surname joins the
 * person whose full name the article gives. It is fast (a few hash lookups a word) and needs no
 * model files. An instance is immutable and safe to share between threads.
 */
public final class EntityRecognizer {
  private static final EntityRecognizer STANDARD = new EntityRecognizer(Gazetteer.bundled(Outlets.bundled()), NameKeys.bundled());

  private final Gazetteer gazetteer;
  private final CandidateFinder finder;
  private final MentionMerger merger;

  private EntityRecognizer(Gazetteer gazetteer, NameKeys keys) {
    this.gazetteer = gazetteer;
    this.finder = new CandidateFinder(gazetteer, keys);
    this.merger = new MentionMerger(gazetteer, keys);
  }

  /**
   * The recognizer with the bundled gazetteers.
   *
   * @return a shared, thread-safe recognizer
   */
  public static EntityRecognizer standard() {
    return STANDARD;
  }

  /**
   * Recognises the entities of one article.
   *
   * @param text the article text as read
   * @param body the text with everything but the body blanked out (same length)
   * @param title the headline, or null; searched in the text's header, else read on its own
   * @return the merged entities, and where the text names each
   */
  public Recognition recognize(String text, String body, String title) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    List<Candidate> candidates = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      int at = text.indexOf(title);
      boolean inBody = at >= 0 && body.startsWith(title, at);
      if (!inBody) {
        candidates.addAll(finder.titleCandidates(title, at));
      }
    }
    candidates.addAll(finder.candidates(Words.of(body, 0)));
    return merger.merge(candidates);
  }
}

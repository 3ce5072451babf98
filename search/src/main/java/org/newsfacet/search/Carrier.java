package org.newsfacet.search;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.newsfacet.story.Originals;

/**
 * One article that carried a quotation or a figure of its story.
 *
 * @param articleId the article's id
 * @param outlet its outlet, or null
 * @param agency the agency it credits, or null
 * @param inferredAgency the agency its copies credit when it credits none, or null
 * @param published its publication date, or null
 */
public record Carrier(String articleId, String outlet, String agency, String inferredAgency, LocalDate published) {
  /** The original first: an agency's own copy, a credited copy, the earliest, the smallest id. */
  public static final Comparator<Carrier> ORIGINAL_FIRST = Originals.first(Carrier::outlet, Carrier::agency,
      Carrier::published, Carrier::articleId);

  /** Validates the fields. */
  public Carrier {
    Objects.requireNonNull(articleId, "articleId");
  }
}
